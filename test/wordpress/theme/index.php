<?php
/**
 * One template for every page: the head and footer hooks (where WordPress prints queued scripts)
 * and the content of the post asked for, through the_content like any theme. A post's
 * "vif_help_template" field stands for a shortcode a theme places in its template itself
 * (do_shortcode, without the content filters).
 */
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>" />
<?php wp_head(); ?>
</head>
<body>
<main>
<?php
while ( have_posts() ) {
	the_post();
	echo '<article><h1>' . esc_html( get_the_title() ) . '</h1>';
	the_content();
	$in_template = get_post_meta( get_the_ID(), 'vif_help_template', true );
	if ( $in_template ) {
		echo do_shortcode( $in_template );
	}
	echo '</article>';
}
?>
</main>
<?php wp_footer(); ?>
</body>
</html>
