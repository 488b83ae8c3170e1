<?php
/**
 * Sets the footer door's option of the test site as the settings page would save it.
 *
 * Usage: php door.php <host> <commune, or '' for no door>
 */

$_SERVER['HTTP_HOST']   = $argv[1];
$_SERVER['SERVER_NAME'] = $argv[1];
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';

update_option( VIF_HELP_DOOR_OPTION, vif_help_sanitize_door( $argv[2] ) );
echo wp_json_encode( get_option( VIF_HELP_DOOR_OPTION ) ) . "\n";
