/*!
 * newsmark's block-editor sidebar: annotates the post being edited, in the browser, and lists who said
 * what, names, times, numbers and notes. Pressing an item selects the block that holds it.
 *
 * A classic script on WordPress's own packages (no build step). It imports newsmark's ES module and wasm
 * from the plugin's assets/ folder (their URLs come in window.newsmarkPlugin), so nothing leaves the
 * browser. The text of the post is the plain text of its blocks, one block per line; each annotation is
 * mapped back to its block by offset.
 */
(function (wp, config) {
	"use strict";
	if (!wp || !wp.plugins || !config) return;
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var useState = wp.element.useState;
	var useEffect = wp.element.useEffect;
	var useSelect = wp.data.useSelect;
	var components = wp.components;
	var editPost = wp.editPost || {};
	var editor = wp.editor || {};
	var PluginSidebar = editor.PluginSidebar || editPost.PluginSidebar;
	var PluginSidebarMoreMenuItem = editor.PluginSidebarMoreMenuItem || editPost.PluginSidebarMoreMenuItem;
	var NAME = "newsmark";
	var TARGET = "newsmark-sidebar";

	// The module is loaded once, the first time the sidebar is drawn.
	var loading = null;
	function loadAnnotator() {
		if (!loading) {
			loading = import(config.module).then(function (mod) {
				return mod.default({ module_or_path: config.wasm }).then(function () {
					return mod;
				});
			});
		}
		return loading;
	}

	/** Plain text of a rich-text attribute (an HTML string, or RichTextData in later WordPress). */
	function plainText(value) {
		if (value === null || value === undefined) return "";
		var html = typeof value === "string" ? value : typeof value.toHTMLString === "function" ? value.toHTMLString() : String(value);
		if (html.indexOf("<") < 0 && html.indexOf("&") < 0) return html;
		// A parsed document has no browsing context: nothing in it runs or loads.
		var doc = new DOMParser().parseFromString("<body>" + html.replace(/<br\s*\/?>/gi, " ") + "</body>", "text/html");
		return doc.body.textContent || "";
	}

	var TEXT_ATTRIBUTES = ["content", "value", "citation", "caption"];

	/** The post as text, one line per block with text, and where each block's line is. */
	function postText(blocks) {
		var lines = [];
		var ranges = [];
		var length = 0;
		(function walk(list) {
			list.forEach(function (block) {
				var parts = [];
				TEXT_ATTRIBUTES.forEach(function (name) {
					var text = plainText(block.attributes && block.attributes[name]).replace(/[\r\n]+/g, " ").trim();
					if (text) parts.push(text);
				});
				if (parts.length) {
					var line = parts.join(" ");
					var start = length + (lines.length ? 1 : 0);
					lines.push(line);
					ranges.push({ clientId: block.clientId, start: start, end: start + line.length });
					length = start + line.length;
				}
				if (block.innerBlocks && block.innerBlocks.length) walk(block.innerBlocks);
			});
		})(blocks);
		return { text: lines.join("\n"), ranges: ranges };
	}

	/** The block whose line holds UTF-16 offset `at`. */
	function blockAt(ranges, at) {
		var lo = 0;
		var hi = ranges.length;
		while (lo < hi) {
			var mid = (lo + hi) >> 1;
			if (ranges[mid].start <= at) lo = mid + 1;
			else hi = mid;
		}
		return lo > 0 ? ranges[lo - 1].clientId : null;
	}

	function selectBlock(clientId) {
		if (clientId) wp.data.dispatch("core/block-editor").selectBlock(clientId);
	}

	function plural(n, one, many) {
		return n + " " + (n === 1 ? one : many);
	}

	function excerpt(text, max) {
		return text.length > max ? text.slice(0, max - 1).trimEnd() + "\u2026" : text;
	}

	/** An item that selects the block holding offset `at` when pressed. */
	function Item(props) {
		return el(
			components.Button,
			{
				className: "newsmark-item" + (props.className ? " " + props.className : ""),
				variant: "tertiary",
				onClick: function () {
					selectBlock(blockAt(props.ranges, props.at));
				},
				"aria-label": props.label,
			},
			props.children
		);
	}

	function speakers(doc) {
		var byKey = new Map();
		doc.quotes.forEach(function (q) {
			var cluster = q.speaker_cluster === null ? null : doc.clusters.find(function (c) { return c.id === q.speaker_cluster; });
			var key = cluster ? "c" + cluster.id : q.speaker ? "s" + q.speaker.text : "unnamed";
			if (!byKey.has(key)) {
				byKey.set(key, {
					key: key,
					name: cluster ? cluster.name : q.speaker ? q.speaker.text : "Unnamed source",
					roles: cluster ? cluster.roles : [],
					affiliations: cluster ? cluster.affiliations : [],
					anonymous: q.anonymous,
					quotes: [],
				});
			}
			byKey.get(key).quotes.push(q);
		});
		return Array.from(byKey.values()).sort(function (a, b) { return b.quotes.length - a.quotes.length; });
	}

	function SpeakerCard(props) {
		var s = props.speaker;
		var text = props.text;
		var detail = s.roles.concat(s.affiliations).join(", ") || (s.anonymous ? "unnamed source" : "");
		return el(
			"div",
			{ className: "newsmark-card", role: "group", "aria-label": s.name },
			el("h3", { className: "newsmark-card-name" }, s.name),
			detail ? el("p", { className: "newsmark-card-roles" }, detail) : null,
			el("p", { className: "newsmark-card-count" }, plural(s.quotes.length, "quote", "quotes")),
			el(
				"ul",
				{ className: "newsmark-quotes" },
				s.quotes.map(function (q, idx) {
					var words = q.spans.map(function (sp) { return text.slice(sp[0], sp[1]); }).join(" \u2026 ");
					var cue = q.cue ? q.cue.text : q.kind;
					return el(
						"li",
						{ key: idx },
						el(
							Item,
							{ ranges: props.ranges, at: q.spans[0][0], label: cue + ": " + words, className: "newsmark-quote" },
							el("span", { className: "newsmark-cue" }, cue + (q.kind === "direct" ? "" : " (" + q.kind + ")")),
							" ",
							el("q", null, excerpt(words, 140)),
							q.outlet ? el("span", { className: "newsmark-outlet" }, " via " + q.outlet.text) : null
						)
					);
				})
			)
		);
	}

	function Section(props) {
		if (!props.items.length) return null;
		return el(
			components.PanelBody,
			{ title: props.title + " (" + props.items.length + ")", initialOpen: props.open !== false, className: "newsmark-section-" + props.name },
			el("ul", { className: "newsmark-list" }, props.items)
		);
	}

	function names(doc, text, ranges) {
		var groups = new Map();
		doc.entities.forEach(function (e) {
			var key = e.label + "\u0000" + e.text;
			if (!groups.has(key)) groups.set(key, { label: e.label, text: e.text, first: e.start, n: 0 });
			groups.get(key).n += 1;
		});
		return Array.from(groups.values()).map(function (g, idx) {
			return el(
				"li",
				{ key: idx },
				el(
					Item,
					{ ranges: ranges, at: g.first, label: g.text + ", " + g.label },
					el("span", { className: "newsmark-label" }, g.label),
					" " + g.text + (g.n > 1 ? " \u00d7" + g.n : "")
				)
			);
		});
	}

	function valued(list, ranges, describe) {
		return list.map(function (x, idx) {
			return el(
				"li",
				{ key: idx },
				el(Item, { ranges: ranges, at: x.start, label: x.text + ": " + describe(x) }, x.text, el("span", { className: "newsmark-value" }, " " + describe(x)))
			);
		});
	}

	function notes(doc, ranges) {
		var items = [];
		doc.paragraphs.forEach(function (p, idx) {
			if (p.duplicate_of !== null) {
				items.push({ at: p.start, text: "Paragraph " + (idx + 1) + " repeats paragraph " + (p.duplicate_of + 1) });
			}
		});
		doc.diagnostics.forEach(function (d) {
			if (d.code !== "duplicate-paragraphs") items.push({ at: d.start, text: d.message });
		});
		return items.map(function (n, idx) {
			return el("li", { key: idx }, n.at === null ? n.text : el(Item, { ranges: ranges, at: n.at, label: n.text }, n.text));
		});
	}

	function Results(props) {
		var doc = props.doc;
		var ranges = props.ranges;
		var text = props.text;
		var cards = speakers(doc).map(function (s) {
			return el(SpeakerCard, { key: s.key, speaker: s, text: text, ranges: ranges });
		});
		return el(
			Fragment,
			null,
			el(
				components.PanelBody,
				{ title: "Who said what (" + cards.length + ")", initialOpen: true, className: "newsmark-section-speakers" },
				cards.length ? cards : el("p", null, "No quotes found.")
			),
			el(Section, { name: "names", title: "Names", items: names(doc, text, ranges) }),
			el(Section, { name: "times", title: "Times", items: valued(doc.times, ranges, function (t) { return t.value; }) }),
			el(Section, {
				name: "numbers",
				title: "Numbers",
				items: valued(doc.quantities, ranges, function (q) {
					return q.value === null ? q.type : String(q.value) + (q.unit ? " " + q.unit : "");
				}),
			}),
			el(Section, { name: "notes", title: "Notes", items: notes(doc, ranges) })
		);
	}

	function SidebarBody() {
		var blocks = useSelect(function (select) { return select("core/block-editor").getBlocks(); }, []);
		var postDate = useSelect(function (select) { return select("core/editor").getEditedPostAttribute("date"); }, []);
		var state = useState({ status: "loading" });
		var result = state[0];
		var setResult = state[1];

		useEffect(
			function () {
				var cancelled = false;
				// Typing changes the blocks on every key: annotate once the writer pauses.
				var timer = setTimeout(function () {
					loadAnnotator().then(
						function (mod) {
							if (cancelled) return;
							var post = postText(blocks);
							var options = {};
							if (typeof postDate === "string" && /^\d{4}-\d{2}-\d{2}/.test(postDate)) options.date = postDate.slice(0, 10);
							var t0 = performance.now();
							var doc = mod.annotate(post.text, options);
							setResult({ status: "done", doc: doc, text: post.text, ranges: post.ranges, ms: performance.now() - t0 });
						},
						function (error) {
							if (!cancelled) setResult({ status: "error", message: String((error && error.message) || error) });
						}
					);
				}, 300);
				return function () {
					cancelled = true;
					clearTimeout(timer);
				};
			},
			[blocks, postDate]
		);

		if (result.status === "error") {
			return el(components.Notice, { status: "error", isDismissible: false }, "newsmark could not run: " + result.message);
		}
		if (result.status !== "done") {
			return el("p", { className: "newsmark-status" }, el(components.Spinner, null), " Loading newsmark\u2026");
		}
		return el(
			Fragment,
			null,
			el(
				"p",
				{ className: "newsmark-status", role: "status" },
				plural(result.ranges.length, "block", "blocks") + " annotated in " + result.ms.toFixed(0) + " ms, in this browser."
			),
			el(Results, { doc: result.doc, text: result.text, ranges: result.ranges })
		);
	}

	function Sidebar() {
		return el(
			Fragment,
			null,
			PluginSidebarMoreMenuItem ? el(PluginSidebarMoreMenuItem, { target: TARGET }, "newsmark") : null,
			el(PluginSidebar, { name: TARGET, title: "newsmark", className: "newsmark-sidebar" }, el(SidebarBody, null))
		);
	}

	wp.plugins.registerPlugin(NAME, { render: Sidebar, icon: "format-quote" });
})(window.wp, window.newsmarkPlugin);
