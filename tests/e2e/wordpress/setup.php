<?php
// Run by scripts/wordpress.sh with the command-line PHP once WordPress is
// installed: activates the plugin, and switches off what would fetch from
// outside 127.0.0.1 in a browser (Gravatar images, the editor's welcome
// guide with its remote image).

$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$result = activate_plugin( 'newsmark/newsmark.php' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, 'cannot activate the plugin: ' . $result->get_error_message() . "\n" );
	exit( 1 );
}
update_option( 'show_avatars', 0 );
global $wpdb;
$admin = get_user_by( 'login', getenv( 'NEWSMARK_WP_USER' ) );
update_user_meta(
	$admin->ID,
	$wpdb->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array( 'welcomeGuide' => false ),
		'_modified'      => gmdate( 'c' ),
	)
);
echo "plugin active: " . ( is_plugin_active( 'newsmark/newsmark.php' ) ? 'yes' : 'no' ) . "\n";
