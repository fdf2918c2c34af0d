<?php
// Router of `php -S` for the WordPress of the end-to-end test
// (scripts/wordpress.sh): it serves /wp-content/ from the test's own
// content folder, as Debian's Apache alias would, and leaves every other
// request to the built-in server (core files and PHP from
// /usr/share/wordpress). Only plain files are served from the content
// folder; its PHP runs only when WordPress includes it.

$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( strpos( $path, '/wp-content/' ) !== 0 ) {
	return false;
}
$root = realpath( getenv( 'NEWSMARK_WP_CONTENT' ) );
$file = realpath( $root . substr( $path, strlen( '/wp-content' ) ) );
$types = array(
	'js'    => 'text/javascript; charset=utf-8',
	'css'   => 'text/css; charset=utf-8',
	'wasm'  => 'application/wasm',
	'json'  => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'gif'   => 'image/gif',
	'woff2' => 'font/woff2',
	'woff'  => 'font/woff',
	'txt'   => 'text/plain; charset=utf-8',
);
$ext = strtolower( pathinfo( (string) $file, PATHINFO_EXTENSION ) );
if ( false === $file || strpos( $file, $root . '/' ) !== 0 || ! is_file( $file ) || ! isset( $types[ $ext ] ) ) {
	http_response_code( 404 );
	header( 'Content-Type: text/plain' );
	echo "not found\n";
	return true;
}
header( 'Content-Type: ' . $types[ $ext ] );
header( 'Content-Length: ' . filesize( $file ) );
readfile( $file );
return true;
