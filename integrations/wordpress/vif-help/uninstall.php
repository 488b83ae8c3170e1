<?php
/**
 * Removing the plugin removes the one thing it stored: the script address.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'vif_help_script_url' );
delete_option( 'vif_help_footer_door' );
