<?php
/**
 * Plugin Name:       newsmark
 * Description:       Annotates the post you are editing in a block-editor sidebar: who said what, names, times, numbers and notes. Everything runs in your browser; nothing is sent anywhere.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       newsmark
 *
 * The sidebar (sidebar.js) is a classic script on WordPress's own
 * packages; it imports newsmark's ES module and its wasm from this
 * plugin's assets/ folder, so the article never leaves the browser.
 */

defined( 'ABSPATH' ) || exit;

/** Adds the sidebar to the block editor, with the URLs of the module and the wasm. */
function newsmark_enqueue_block_editor_assets() {
	$version = '0.1.0';
	wp_enqueue_script(
		'newsmark-sidebar',
		plugins_url( 'sidebar.js', __FILE__ ),
		array( 'wp-plugins', 'wp-edit-post', 'wp-element', 'wp-components', 'wp-data' ),
		$version,
		true
	);
	$config = array(
		'module' => plugins_url( 'assets/newsmark.js', __FILE__ ),
		'wasm'   => plugins_url( 'assets/newsmark_bg.wasm', __FILE__ ),
	);
	wp_add_inline_script( 'newsmark-sidebar', 'window.newsmarkPlugin = ' . wp_json_encode( $config ) . ';', 'before' );
	wp_enqueue_style( 'newsmark-sidebar', plugins_url( 'sidebar.css', __FILE__ ), array(), $version );
}
add_action( 'enqueue_block_editor_assets', 'newsmark_enqueue_block_editor_assets' );
