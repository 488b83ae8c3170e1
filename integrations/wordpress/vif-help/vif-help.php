<?php
/**
 * Plugin Name:       vif-help
 * Description:       Aide contre les violences intrafamiliales pour les 95 communes de la Métropole Européenne de Lille : numéros d’urgence, aide près de chez soi, sortie rapide. Shortcode : [vif-help commune="59350"]. Réglage : une porte discrète vers l’aide en pied de chaque page.
 * Version:           0.0.0-source
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       vif-help
 *
 * The shortcode prints the widget's element with the attributes of the widget's own table
 * (generated.php, written by integrations/wordpress/build-zip.mjs from
 * src/components/vif-help/attributes.ts: the names, and the kind, values, range or address schemes
 * of each), each checked as the widget would check it where that is cheap, and escaped with
 * WordPress's own functions. Shortcodes are expanded when the page is shown, after the content
 * filter (kses) has run on what the author saved, so any account that can write a post can place
 * the widget; the script tag itself never goes through kses.
 *
 * The source folder is not a working plugin by itself: the zip made by `npm run build`
 * (dist/vif-help-wordpress.zip) adds generated.php and the built widget under assets/.
 */

defined( 'ABSPATH' ) || exit;

/** The option the plugin stores: the address of vif-help.js, when not the bundled copy. */
const VIF_HELP_OPTION = 'vif_help_script_url';

/**
 * The other option: the commune of the door (view="launcher") printed in the footer of every
 * page; empty, the default, prints none.
 */
const VIF_HELP_DOOR_OPTION = 'vif_help_footer_door';

/**
 * The fallback shown before the script runs and where it never runs, as in the README's snippet:
 * the numbers as tel: and sms: links, which vif-help.css makes easy to tap. Fixed markup, no input.
 */
const VIF_HELP_FALLBACK = '<p>En danger : <a href="tel:17">17</a> ou <a href="tel:112">112</a> · Par SMS : <a href="sms:114">114</a> · Écoute 24h/24, gratuite et anonyme : <a href="tel:3919">3919</a></p>';

/**
 * What the build wrote: the widget's attribute names and the rule of each value, the plugin's
 * version and the path of the bundled script.
 */
function vif_help_build() {
	static $build = null;
	if ( null === $build ) {
		$build = require __DIR__ . '/generated.php';
	}
	return $build;
}

/** The address of vif-help.js: the setting, else the copy bundled in the plugin. */
function vif_help_script_url() {
	$saved = (string) get_option( VIF_HELP_OPTION, '' );
	if ( '' !== $saved ) {
		return $saved;
	}
	return plugins_url( vif_help_build()['script'], __FILE__ );
}

/** One of a few words, compared as the widget does (trimmed, lower case); else null. */
function vif_help_one_of( $value, array $allowed ) {
	$folded = strtolower( $value );
	return in_array( $folded, $allowed, true ) ? $folded : null;
}

/**
 * An address the widget would accept: one of $schemes, or with $allow_path a path of this site
 * ("/aide-violences", not "//other.host"). Null otherwise.
 */
function vif_help_address( $value, array $schemes, $allow_path ) {
	if ( $allow_path && preg_match( '#^/(?![/\\\\])#', $value ) ) {
		return $value;
	}
	$scheme = strtolower( (string) wp_parse_url( $value, PHP_URL_SCHEME ) );
	if ( ! in_array( $scheme, $schemes, true ) ) {
		return null;
	}
	if ( 'https' === $scheme && '' === (string) wp_parse_url( $value, PHP_URL_HOST ) ) {
		return null;
	}
	return $value;
}

/**
 * The rule of an attribute's value, from the widget's table: its kind ('enum', 'level',
 * 'address', 'language', 'categories' or 'free') and the values, range or schemes it takes.
 */
function vif_help_rule( $name ) {
	$rules = vif_help_build()['rules'];
	return isset( $rules[ $name ] ) ? $rules[ $name ] : array( 'kind' => 'free' );
}

/**
 * A shortcode value as the widget would take it, or null to leave the attribute out (the widget
 * then uses its default). Free text (the commune) passes as it is: the widget checks it itself.
 */
function vif_help_clean_value( $name, $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	$rule = vif_help_rule( $name );
	switch ( $rule['kind'] ) {
		case 'address':
			return vif_help_address( $value, $rule['schemes'], $rule['path'] );
		case 'enum':
			return vif_help_one_of( $value, $rule['values'] );
		case 'level':
			// As the widget's Number(): "3", " 3 " and "3.0" are 3.
			if ( ! is_numeric( $value ) ) {
				return null;
			}
			$level = (float) $value;
			return ( floor( $level ) === $level && $level >= $rule['min'] && $level <= $rule['max'] ) ? (string) (int) $level : null;
		case 'language':
			return preg_match( '/^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i', $value ) ? $value : null;
		case 'categories':
			$ids = array_filter(
				array_map( 'trim', explode( ',', strtolower( $value ) ) ),
				static function ( $id ) {
					return 1 === preg_match( '/^[a-z0-9-]+$/', $id );
				}
			);
			return $ids ? implode( ',', array_unique( $ids ) ) : null;
		default:
			return $value;
	}
}

/** The element for a shortcode's attributes, with the fallback inside; queues the script. */
function vif_help_render( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	$html = '<vif-help';
	foreach ( vif_help_build()['attributes'] as $name ) {
		if ( ! isset( $atts[ $name ] ) || ! is_scalar( $atts[ $name ] ) ) {
			continue;
		}
		$value = vif_help_clean_value( $name, $atts[ $name ] );
		if ( null === $value ) {
			continue;
		}
		$rule    = vif_help_rule( $name );
		$escaped = 'address' === $rule['kind'] ? esc_url( $value, $rule['schemes'] ) : esc_attr( $value );
		if ( '' !== $escaped ) {
			$html .= ' ' . $name . '="' . $escaped . '"';
		}
	}
	// The door is one discreet button: no numbers in the footer of every page before it is drawn.
	$door  = isset( $atts['view'] ) && is_scalar( $atts['view'] ) && 'launcher' === vif_help_clean_value( 'view', $atts['view'] );
	$html .= $door ? '></vif-help>' : ">\n" . VIF_HELP_FALLBACK . "\n</vif-help>";

	// WordPress prints a queued script once, in the footer, however many shortcodes the page has.
	wp_enqueue_script( 'vif-help', vif_help_script_url(), array(), null, true );
	wp_enqueue_style( 'vif-help', vif_help_style_url(), array(), null );
	return $html;
}
add_shortcode( 'vif-help', 'vif_help_render' );

/** The stylesheet beside the script: it keeps the widget's room until the script runs. */
function vif_help_style_url() {
	return preg_replace( '#[^/]*$#', 'vif-help.css', vif_help_script_url(), 1 );
}

/**
 * In the head, where the post being shown holds the shortcode, so the page does not move when the
 * widget renders. A shortcode run by a theme template queues it too; WordPress then prints it late.
 */
function vif_help_queue_style() {
	$post = get_post();
	if ( '' !== vif_help_door_commune() || ( $post && has_shortcode( $post->post_content, 'vif-help' ) ) ) {
		wp_enqueue_style( 'vif-help', vif_help_style_url(), array(), null );
	}
}
add_action( 'wp_enqueue_scripts', 'vif_help_queue_style' );

/** The commune of the footer's door; empty: no door. */
function vif_help_door_commune() {
	return (string) get_option( VIF_HELP_DOOR_OPTION, '' );
}

/**
 * The door in the footer of every page, where the setting names a commune: before the footer's
 * scripts are printed, so the widget's script is queued in time (once, with any shortcode's).
 */
function vif_help_footer_door() {
	$commune = vif_help_door_commune();
	if ( '' !== $commune ) {
		echo vif_help_render( array( 'view' => 'launcher', 'commune' => $commune ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by vif_help_render.
	}
}
add_action( 'wp_footer', 'vif_help_footer_door', 5 );

/** The door's setting: plain text, at most 80 characters (the widget reads no more); empty: off. */
function vif_help_sanitize_door( $value ) {
	return mb_substr( sanitize_text_field( (string) $value ), 0, 80 );
}

/** The door's field, on Réglages → Général. */
function vif_help_door_field() {
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="%1$s" value="%2$s" placeholder="59350" />',
		esc_attr( VIF_HELP_DOOR_OPTION ),
		esc_attr( vif_help_door_commune() )
	);
	echo '<p class="description">' . esc_html__( 'Vide (par défaut) : pas de porte. Le nom ou le code INSEE de votre commune : un bouton discret « Violences dans le couple ou la famille : trouver de l’aide » en pied de chaque page du site, qui ouvre l’aide pour cette commune, avec la sortie rapide.', 'vif-help' ) . '</p>';
}

/**
 * WordPress 6.1 has no module scripts: print ours as one, without a version query (a query
 * string would make a second copy of the module load beside a snippet pasted elsewhere).
 */
function vif_help_module_tag( $tag, $handle, $src ) {
	if ( 'vif-help' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'vif_help_module_tag', 10, 3 );

/**
 * The setting: an https: address or a path of this site, ending in .js, without a query string.
 * Empty: the bundled copy. Anything else keeps the previous value, with a message.
 */
function vif_help_sanitize_script_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$address = vif_help_address( $value, array( 'https' ), true );
	$path    = (string) wp_parse_url( $value, PHP_URL_PATH );
	if ( null === $address || false !== strpos( $value, '?' ) || '.js' !== substr( $path, -3 ) ) {
		add_settings_error(
			VIF_HELP_OPTION,
			'vif-help-script-url',
			__( 'Adresse du script vif-help refusée : il faut une adresse https: ou un chemin du site (/…), finissant par .js, sans « ? ».', 'vif-help' )
		);
		return (string) get_option( VIF_HELP_OPTION, '' );
	}
	return esc_url_raw( $value, array( 'https' ) );
}

/** The field, on Réglages → Général. */
function vif_help_setting_field() {
	printf(
		'<input type="text" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="%3$s" />',
		esc_attr( VIF_HELP_OPTION ),
		esc_attr( (string) get_option( VIF_HELP_OPTION, '' ) ),
		esc_attr( plugins_url( vif_help_build()['script'], __FILE__ ) )
	);
	echo '<p class="description">' . esc_html__( 'Vide : la copie fournie avec l’extension, servie par ce site. Pour suivre les mises à jour des données sans mettre à jour l’extension : l’adresse du dossier hébergé par la MEL, par exemple https://…/vif-help/1/vif-help.js.', 'vif-help' ) . '</p>';
}

function vif_help_register_setting() {
	register_setting(
		'general',
		VIF_HELP_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'vif_help_sanitize_script_url',
			'show_in_rest'      => false,
		)
	);
	add_settings_field(
		VIF_HELP_OPTION,
		__( 'Adresse du script vif-help', 'vif-help' ),
		'vif_help_setting_field',
		'general',
		'default',
		array( 'label_for' => VIF_HELP_OPTION )
	);
	register_setting(
		'general',
		VIF_HELP_DOOR_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'vif_help_sanitize_door',
			'show_in_rest'      => false,
		)
	);
	add_settings_field(
		VIF_HELP_DOOR_OPTION,
		__( 'Porte vers l’aide en pied de chaque page : commune', 'vif-help' ),
		'vif_help_door_field',
		'general',
		'default',
		array( 'label_for' => VIF_HELP_DOOR_OPTION )
	);
}
add_action( 'admin_init', 'vif_help_register_setting' );
