<?php
/**
 * Sets up the throw-away site of test/wordpress/run.mjs with WordPress's own functions, then
 * writes what the browser checks need, and what WordPress's own code says, as JSON.
 *
 * Usage: php install.php <input.json> <output.json>
 * input: { host, zip, snippet, iframe, link, shortcode, shortcodes } — the site's Host, the plugin
 * zip the build made, the code exactly as the builder page gives it (script snippet, iframe, text
 * with a link, shortcode), and shortcodes to expand one by one.
 *
 * The site is Debian's /usr/share/wordpress, configured the Debian way by
 * /etc/wordpress/config-<host>.php, which run.mjs writes (database, a wp-content of its own).
 */

$input = json_decode( file_get_contents( $argv[1] ), true );
$_SERVER['HTTP_HOST']   = $input['host'];
$_SERVER['SERVER_NAME'] = $input['host'];
$_SERVER['REQUEST_URI'] = '/';

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';

// No mail server here: the "new site" mail is not what this test is about.
function wp_new_blog_notification() {}

require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$out = array();
function fail( $message ) {
	fwrite( STDERR, "install.php: $message\n" );
	exit( 1 );
}

$installed = wp_install( 'Mairie de test', 'admin', 'admin@example.test', false, '', wp_generate_password( 24 ) );
$admin     = (int) $installed['user_id'];
update_option( 'permalink_structure', '' );
// A commune's site speaks French: <html lang="fr-FR">, which the widget follows. update_option()
// would keep en_US: WordPress refuses a language whose pack is not installed, and Debian's
// wordpress package has none. The option is written as the settings page would once the pack is in.
global $wpdb;
$wpdb->replace(
	$wpdb->options,
	array(
		'option_name'  => 'WPLANG',
		'option_value' => 'fr_FR',
		'autoload'     => 'yes',
	)
);
wp_cache_delete( 'alloptions', 'options' );
if ( 'fr_FR' !== get_option( 'WPLANG' ) ) {
	fail( 'the site could not be set to French' );
}

// The plugin, installed as WordPress installs an uploaded zip: its own unzip, then activation.
if ( ! WP_Filesystem() ) {
	fail( 'WP_Filesystem() is not available' );
}
$unzipped = unzip_file( $input['zip'], WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) {
	fail( 'unzip_file: ' . $unzipped->get_error_message() );
}
$plugin = get_plugin_data( WP_PLUGIN_DIR . '/vif-help/vif-help.php', false, false );
$out['plugin'] = array( 'name' => $plugin['Name'], 'version' => $plugin['Version'] );
$activated = activate_plugin( 'vif-help/vif-help.php' );
if ( is_wp_error( $activated ) ) {
	fail( 'activate_plugin: ' . $activated->get_error_message() );
}
$out['active'] = is_plugin_active( 'vif-help/vif-help.php' );
switch_theme( 'vif-help-test' );
$out['theme'] = get_stylesheet();

$out['attributes'] = vif_help_build()['attributes'];
$out['rules']      = vif_help_build()['rules'];
$out['script']     = vif_help_script_url();

function make_user( $login, $role ) {
	$id = wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => wp_generate_password( 24 ),
			'user_email' => "$login@example.test",
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fail( "wp_insert_user $login: " . $id->get_error_message() );
	}
	return $id;
}
$users = array(
	'administrator' => $admin,
	'editor'        => make_user( 'editrice', 'editor' ),
	'author'        => make_user( 'autrice', 'author' ),
	'contributor'   => make_user( 'contributrice', 'contributor' ),
);

// Who keeps <script> on this single site: the unfiltered_html capability, as WordPress maps it.
$out['unfiltered_html'] = array();
foreach ( $users as $role => $id ) {
	$out['unfiltered_html'][ $role ] = user_can( $id, 'unfiltered_html' );
}
$out['multisite'] = is_multisite();

// WordPress's post filter on the builder's code, as such (the finding of issue 17).
$out['kses'] = array(
	'snippet' => wp_kses_post( $input['snippet'] ),
	'iframe'  => wp_kses_post( $input['iframe'] ),
	'link'    => wp_kses_post( $input['link'] ),
);

/**
 * A post written as $role: wp_set_current_user() sets up kses for that account, so
 * wp_insert_post() filters the content exactly as the editor's save would.
 */
function post_as( $user, $title, $content ) {
	wp_set_current_user( $user );
	$id = wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_author'  => $user,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fail( "wp_insert_post $title: " . $id->get_error_message() );
	}
	return array(
		'id'     => $id,
		'stored' => get_post_field( 'post_content', $id, 'raw' ),
	);
}

// Hostile values: in the post (where WordPress's own texturize already breaks a shortcode whose
// value holds "<" or ">"), and in the theme's template (do_shortcode, as themes place widgets).
$hostile_content  = "Avant.\n\n"
	. '[vif-help commune=\'"><script>window.vifInjected=1</script>\' view="emergency"]'
	. "\n\n"
	. '[vif-help commune=\'" onmouseover="window.vifInjected=2" x="\' theme=\'" autofocus onfocus="window.vifInjected=3\' view="emergency"]'
	. "\n\nAprès.";
$hostile_template = '[vif-help commune=\'"><script>window.vifInjected=4</script>\' lang=\'"><img src=x onerror="window.vifInjected=5">\' exit-url="javascript:window.vifInjected=6" help-url="//other.example/x"]';
$html_block = "<!-- wp:html -->\n" . $input['snippet'] . "\n<!-- /wp:html -->\n\n<!-- wp:html -->\n" . $input['iframe'] . "\n<!-- /wp:html -->";

$out['posts'] = array(
	'two'          => post_as(
		$users['author'],
		'Deux shortcodes',
		"Page de la mairie.\n\n[vif-help commune=\"59350\"]\n\nEt le bandeau :\n\n[vif-help commune=\"Lille\" view=\"emergency\" heading-level=\"3\"]"
	),
	'hostileAuthor' => post_as( $users['author'], 'Valeurs hostiles (autrice)', $hostile_content ),
	'hostileEditor' => post_as( $users['editor'], 'Valeurs hostiles (éditrice)', $hostile_content ),
	'everyAttribute' => post_as(
		$users['contributor'],
		'Tous les attributs',
		'[vif-help commune="Roubaix" lang="fr" view="full" categories="urgence, ECOUTE" quick-exit="on" exit-url="https://example.org/meteo" theme="dark" heading-level="3" contacts-mode="extend" report-url="mailto:signalement@example.org" help-url="/aide-violences"]'
	),
	'builderShortcode' => post_as(
		$users['author'],
		'Le shortcode du générateur',
		"<!-- wp:shortcode -->\n" . $input['shortcode'] . "\n<!-- /wp:shortcode -->"
	),
	'link'         => post_as( $users['contributor'], 'Le texte et le lien', "<!-- wp:html -->\n" . $input['link'] . "\n<!-- /wp:html -->" ),
	'htmlAuthor'   => post_as( $users['author'], 'Bloc HTML personnalisé (autrice)', $html_block ),
	'htmlEditor'   => post_as( $users['editor'], 'Bloc HTML personnalisé (éditrice)', $html_block ),
);

foreach ( array( 'hostileAuthor', 'hostileEditor' ) as $key ) {
	update_post_meta( $out['posts'][ $key ]['id'], 'vif_help_template', wp_slash( $hostile_template ) );
}

// The shortcode's own checks, outside any post: what it keeps, drops and how it escapes.
wp_set_current_user( $users['author'] );
$out['shortcodes'] = array();
foreach ( $input['shortcodes'] as $shortcode ) {
	$out['shortcodes'][] = do_shortcode( $shortcode );
}
$out['setting'] = array(
	'https'    => vif_help_sanitize_script_url( ' https://cdn.example.org/vif-help/1/vif-help.js ' ),
	'path'     => vif_help_sanitize_script_url( '/vif-help/1/vif-help.js' ),
	'http'     => vif_help_sanitize_script_url( 'http://cdn.example.org/vif-help/1/vif-help.js' ),
	'query'    => vif_help_sanitize_script_url( 'https://cdn.example.org/vif-help/1/vif-help.js?v=2' ),
	'protocol' => vif_help_sanitize_script_url( '//cdn.example.org/vif-help.js' ),
	'empty'    => vif_help_sanitize_script_url( '' ),
);
update_option( VIF_HELP_OPTION, 'https://cdn.example.org/vif-help/1/vif-help.js' );
$out['scriptFromSetting'] = vif_help_script_url();
delete_option( VIF_HELP_OPTION );
$out['optionsAfter'] = get_option( VIF_HELP_OPTION, null );

// The footer's door: off by default; its setting as the plugin keeps it (run.mjs turns it on
// with door.php, then off again).
$out['door'] = array(
	'default' => get_option( VIF_HELP_DOOR_OPTION, '' ),
	'plain'   => vif_help_sanitize_door( ' Tourcoing ' ),
	'markup'  => vif_help_sanitize_door( '<script>window.vifInjected=7</script>Roubaix' ),
	'long'    => mb_strlen( vif_help_sanitize_door( str_repeat( 'é', 200 ) ) ),
);

file_put_contents( $argv[2], wp_json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) );
