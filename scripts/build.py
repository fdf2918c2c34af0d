#!/usr/bin/env python3
"""Builds the WebAssembly module and the page as wasm-pack.toml says, and
checks the module's size against the budget there.

    python3 scripts/build.py              # build everything, then check size
    python3 scripts/build.py --size-only  # only report and check the size
    python3 scripts/build.py --size-only --budget 1000   # a budget override

Exits 1 when the gzipped wasm is over budget, 2 when a build step fails.
"""

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tomllib

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
