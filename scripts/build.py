#!/usr/bin/env python3
"""Builds the WebAssembly module and the page as wasm-pack.toml says, and
checks the module's size against the budget there. Also assembles the npm
package (dist/npm, from integrations/npm) and the WordPress plugin
(dist/newsmark-wordpress.zip, from integrations/wordpress).

    python3 scripts/build.py              # build everything, then check size
    python3 scripts/build.py --size-only  # only report and check the size
    python3 scripts/build.py --size-only --budget 1000   # a budget override

Exits 1 when the gzipped wasm is over budget, 2 when a build step fails.
"""

import argparse
import base64
import gzip
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, **kwargs):
    print("+ " + " ".join(cmd), flush=True)
    res = subprocess.run(cmd, cwd=ROOT, **kwargs)
    if res.returncode != 0:
        sys.exit(f"build: {cmd[0]} failed with exit code {res.returncode}")
    return res


def build(config):
    build_cfg = config["build"]
    cmd = ["cargo", "build", "--target", "wasm32-unknown-unknown", "--profile", build_cfg["profile"],
           "--no-default-features"]
    if build_cfg.get("features"):
        cmd += ["--features", ",".join(build_cfg["features"])]
    run(cmd)
    wasm = os.path.join(ROOT, "target", "wasm32-unknown-unknown", build_cfg["profile"], "newsmark.wasm")
    opt = config.get("wasm-opt", {})
    wasm_opt = os.path.join(ROOT, "node_modules", ".bin", "wasm-opt")
    for target in config["target"]:
        out_dir = os.path.join(ROOT, target["out_dir"])
        shutil.rmtree(out_dir, ignore_errors=True)
        run(["wasm-bindgen", "--target", target["name"], "--out-dir", out_dir, wasm])
        if opt.get("enabled"):
            if not os.path.exists(wasm_opt):
                sys.exit("build: node_modules/.bin/wasm-opt is missing: run `npm ci` first")
            out_wasm = os.path.join(out_dir, "newsmark_bg.wasm")
            run([wasm_opt, *opt["args"], out_wasm, "-o", out_wasm])
    dist = config["dist"]
    dist_dir = os.path.join(ROOT, dist["dir"])
    shutil.rmtree(dist_dir, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "www"), dist_dir)
    single = os.path.join(ROOT, "scripts", "single-file.mjs")
    if os.path.exists(single):
        run(["node", single, dist_dir, os.path.join(ROOT, dist["single_file"])])
    web_dir = os.path.join(ROOT, next(t for t in config["target"] if t["name"] == "web")["out_dir"])
    package_npm(config["npm"], web_dir)
    package_wordpress(config["wordpress"], web_dir)


def crate_version():
    with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
        return tomllib.load(f)["package"]["version"]


def package_npm(cfg, web_dir):
    """Assembles the npm package: the hand-written wrappers, the wasm-bindgen
    module and its one wasm, the shared exporters, the document types, and
    the inlined variant's wasm as a data URL."""
    out = os.path.join(ROOT, cfg["dir"])
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, cfg["sources"]), out)
    for name in ("newsmark.js", "newsmark.d.ts", "newsmark_bg.wasm"):
        shutil.copy(os.path.join(web_dir, name), os.path.join(out, name))
    shutil.copy(os.path.join(ROOT, "www", "exports.js"), os.path.join(out, "exports.js"))
    shutil.copy(os.path.join(ROOT, "src", "document.d.ts"), os.path.join(out, "document.d.ts"))
    with open(os.path.join(web_dir, "newsmark_bg.wasm"), "rb") as f:
        data_url = "data:application/wasm;base64," + base64.b64encode(f.read()).decode("ascii")
    with open(os.path.join(out, "wasm-inline.js"), "w") as f:
        f.write("//! Written by scripts/build.py: newsmark_bg.wasm as a data URL, for the inlined entry.\n")
        f.write(f"export default {json.dumps(data_url)};\n")
    with open(os.path.join(out, "wasm-inline.d.ts"), "w") as f:
        f.write("/** newsmark_bg.wasm as a data URL. */\ndeclare const wasmDataUrl: string;\nexport default wasmDataUrl;\n")
    manifest_path = os.path.join(out, "package.json")
    with open(manifest_path) as f:
        manifest = json.load(f)
    manifest["version"] = crate_version()
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"build: wrote {os.path.relpath(out, ROOT)} (npm pack ./{os.path.relpath(out, ROOT)} makes the tarball)", flush=True)


def package_wordpress(cfg, web_dir):
    """Packs the WordPress plugin folder, with the wasm-bindgen module and its
    wasm in its assets, as a zip that WordPress's plugin upload takes. The
    entries' times are fixed, so the same sources give the same zip."""
    src = os.path.join(ROOT, cfg["sources"])
    slug = cfg["slug"]
    with open(os.path.join(src, slug, f"{slug}.php")) as f:
        header = f.read()
    if f"Version:           {crate_version()}" not in header or f"$version = '{crate_version()}'" not in header:
        sys.exit(f"build: {cfg['sources']}/{slug}/{slug}.php does not say version {crate_version()}: update it with Cargo.toml")
    out = os.path.join(ROOT, cfg["zip"])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    files = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(src, slug)):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            files.append((os.path.relpath(path, src).replace(os.sep, "/"), path))
    for name in ("newsmark.js", "newsmark_bg.wasm"):
        files.append((f"{slug}/assets/{name}", os.path.join(web_dir, name)))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for arcname, path in sorted(files):
            info = zipfile.ZipInfo(arcname, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(path, "rb") as f:
                zf.writestr(info, f.read())
    print(f"build: wrote {os.path.relpath(out, ROOT)} ({len(files)} files)", flush=True)


def sizes(path):
    data = open(path, "rb").read()
    brotli = subprocess.run(
        ["node", "-e", "const z=require('zlib');const b=require('fs').readFileSync(process.argv[1]);"
         "console.log(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length)", path],
        capture_output=True, text=True, check=True)
    return {"raw": len(data), "gzip": len(gzip.compress(data, 9, mtime=0)), "brotli": int(brotli.stdout)}


def check_size(config, budget):
    web = next(t for t in config["target"] if t["name"] == "web")
    wasm = os.path.join(ROOT, web["out_dir"], "newsmark_bg.wasm")
    glue = os.path.join(ROOT, web["out_dir"], "newsmark.js")
    if not os.path.exists(wasm):
        sys.exit(f"build: {os.path.relpath(wasm, ROOT)} is missing: run python3 scripts/build.py first")
    report = {"wasm": sizes(wasm), "glue_js": sizes(glue), "budget_wasm_gzip": budget}
    print(f"{'file':<22}{'raw':>10}{'gzip':>10}{'brotli':>10}")
    for name, s in (("newsmark_bg.wasm", report["wasm"]), ("newsmark.js", report["glue_js"])):
        print(f"{name:<22}{s['raw']:>10}{s['gzip']:>10}{s['brotli']:>10}")
    over = report["wasm"]["gzip"] > budget
    print(f"wasm gzip {report['wasm']['gzip']} bytes of a {budget}-byte budget: {'OVER BUDGET' if over else 'ok'}")
    os.makedirs(os.path.join(ROOT, "dist"), exist_ok=True)
    with open(os.path.join(ROOT, "dist", "size.json"), "w") as f:
        json.dump(report, f, indent=2)
    return not over


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-only", action="store_true", help="only report and check the wasm size")
    parser.add_argument("--budget", type=int, help="override the gzip budget from wasm-pack.toml (bytes)")
    args = parser.parse_args()
    with open(os.path.join(ROOT, "wasm-pack.toml"), "rb") as f:
        config = tomllib.load(f)
    if not args.size_only:
        build(config)
    budget = args.budget if args.budget is not None else config["budget"]["wasm_gzip_bytes"]
    sys.exit(0 if check_size(config, budget) else 1)


if __name__ == "__main__":
    main()
