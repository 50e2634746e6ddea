#!/usr/bin/env python3
"""Writes the fuzz seed corpora from the examples in docs/protocol.md.

Every JSON object in a ```json block of the protocol page that has a "type"
becomes a seed of the protocol decoder (corpus/protocol/), every POST
/v1/calls body (a "callId" or "id" with an "event", no "delivered") a seed of
the CTI body parser (corpus/calls/). The XDM seeds are the shared fixtures
themselves (../shared/fixtures/xdm), read in place. Run it again after the
protocol page changes:  python3 tests/fuzz/extract_seeds.py
"""
import hashlib
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
DOC = HERE.parent.parent / "docs" / "protocol.md"


def objects(text):
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos >= len(text):
            return
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return  # an abbreviated example ("…"): skip the rest of the block
        yield text[pos:end]
        pos = end


def main():
    seeds = {"protocol": set(), "calls": set()}
    for block in re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S):
        for raw in objects(block):
            value = json.loads(raw)
            if not isinstance(value, dict):
                continue
            if "type" in value:
                seeds["protocol"].add(raw)
            elif "event" in value and ("callId" in value or "id" in value) and "delivered" not in value:
                seeds["calls"].add(raw)
    for target, texts in seeds.items():
        folder = HERE / "corpus" / target
        folder.mkdir(parents=True, exist_ok=True)
        for raw in sorted(texts):
            name = "doc-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12] + ".json"
            (folder / name).write_text(raw, encoding="utf-8")
        print(f"{target}: {len(texts)} seeds in {folder}")


if __name__ == "__main__":
    main()
