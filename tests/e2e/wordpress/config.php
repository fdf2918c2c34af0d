<?php
// WordPress settings of newsmark's end-to-end test, installed by
// scripts/wordpress.sh as /etc/wordpress/config-127.0.0.1.php (Debian's
// wp-config.php reads config-<host>.php). Every value comes from the
// environment that scripts/wordpress.sh starts `php -S` with, so one file
// serves any port. newsmark-e2e-config (marker: the script replaces only a
// file that holds it).

if ( false === getenv( 'NEWSMARK_WP_CONTENT' ) ) {
	header( 'HTTP/1.0 404 Not Found' );
	echo 'this WordPress is started by newsmark\'s scripts/wordpress.sh';
	exit( 1 );
}
$newsmark_url = 'http://127.0.0.1:' . getenv( 'NEWSMARK_WP_PORT' );
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', getenv( 'NEWSMARK_WP_DB_PASSWORD' ) );
define( 'DB_HOST', '127.0.0.1:' . getenv( 'NEWSMARK_WP_DB_PORT' ) );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', $newsmark_url );
define( 'WP_SITEURL', $newsmark_url );
define( 'WP_CONTENT_DIR', getenv( 'NEWSMARK_WP_CONTENT' ) );
define( 'WP_CONTENT_URL', $newsmark_url . '/wp-content' );
define( 'WP_PLUGIN_DIR', getenv( 'NEWSMARK_WP_CONTENT' ) . '/plugins' );
define( 'WP_PLUGIN_URL', $newsmark_url . '/wp-content/plugins' );
// Nothing may leave 127.0.0.1: no HTTP calls, no updates, no cron requests to itself.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
// Plugin uploads write straight to the content folder.
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', false );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $newsmark_key ) {
	define( $newsmark_key, getenv( 'NEWSMARK_WP_SALT' ) . $newsmark_key );
}
$table_prefix = 'wp_';
