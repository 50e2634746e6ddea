#!/usr/bin/env python3
"""Writes the translation table (translations.json) into the .ts files.

    resources/translations/fill_translations.py            fill every omnidesk_<lang>.ts here
    resources/translations/fill_translations.py --check    only report, change nothing
    resources/translations/fill_translations.py --missing  print table entries to fill in for
                                                           strings the table does not have yet

For each message of each .ts file the table entry with the same context and
source (or, failing that, the entry with the same source and no context) gives
the translation; the message is then marked finished. Messages without an
entry stay unfinished and are listed. The script also checks that every
translation keeps the source's placeholders (%1, %2, %n, %L1) and its keyboard
accelerator (one &), and that accelerators do not clash within the groups the
table names. Exit status 1 when anything is missing or wrong.

The files are rewritten with lconvert (Qt's own writer), so a later lupdate run
does not reformat them. Set LCONVERT to its path if it is not found.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = re.compile(r"%L?(\d+|n)")
SOURCE_LANGUAGE = "en"


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def accelerators(text):
    """The accelerator letters of a text: '&x' where x is not '&' ('&&' is a literal &)."""
    found = []
    i = 0
    text = text or ""
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            if not text[i + 1].isspace():
                found.append(text[i + 1].lower())
        i += 1
    return found


def find_lconvert():
    candidates = [os.environ.get("LCONVERT"), shutil.which("lconvert6"), shutil.which("lconvert"),
                  "/usr/lib/qt6/bin/lconvert"]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


class Table:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.languages = data["languages"]
        self.groups = data.get("accelerator_groups", {})
        self.by_context = {}
        self.by_source = {}
        self.used = set()
        for index, entry in enumerate(data["messages"]):
            key = (entry.get("context"), entry["source"], entry.get("comment"))
            target = self.by_context if entry.get("context") else self.by_source
            if key in target:
                raise SystemExit(f"translations.json: duplicate entry for {key}")
            target[key] = (index, entry)

    def lookup(self, context, source, comment):
        for key, target in (((context, source, comment), self.by_context),
                            ((None, source, comment), self.by_source)):
            if key in target:
                index, entry = target[key]
                self.used.add(index)
                return entry
        return None


def message_texts(message):
    """(context-free) source, comment, numerus flag of a <message>."""
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return source, comment, message.get("numerus") == "yes"


def check_translation(source, value, problems, where):
    values = value if isinstance(value, list) else [value]
    for text in values:
        if not text:
            problems.append(f"{where}: empty translation")
            continue
        want = placeholders(source)
        got = placeholders(text)
        if want != got:
            problems.append(f"{where}: placeholders {got} do not match the source's {want}: {text!r}")
        if len(accelerators(source)) != len(accelerators(text)):
            problems.append(f"{where}: the source has {len(accelerators(source))} accelerator(s) (&), "
                            f"the translation {len(accelerators(text))}: {text!r}")


def fill_file(path, language, table, check_only, missing_out):
    tree = ET.parse(path)
    problems = []
    missing = []
    texts = {}  # (context, source) -> translation, for the accelerator groups
    changed = False
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, comment, numerus = message_texts(message)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            where = f"{os.path.basename(path)} [{context_name}] {source!r}"
            entry = table.lookup(context_name, source, comment)
            value = entry.get(language) if entry else None
            if value is None and language == SOURCE_LANGUAGE and not numerus:
                value = source  # English as written; only plurals need forms
            if value is None:
                missing.append((context_name, source, comment, numerus))
                if translation.get("type") != "unfinished":
                    translation.set("type", "unfinished")
                    changed = True
                continue
            if numerus and not isinstance(value, list):
                problems.append(f"{where}: a %n string needs a list of plural forms")
                continue
            if not numerus and isinstance(value, list):
                problems.append(f"{where}: a list of plural forms for a string without %n")
                continue
            check_translation(source, value, problems, where)
            texts[(context_name, source)] = value if isinstance(value, str) else value[0]
            if numerus:
                forms = translation.findall("numerusform")
                current = [form.text or "" for form in forms]
                if current != value or translation.get("type"):
                    for form in forms:
                        translation.remove(form)
                    for form_text in value:
                        ET.SubElement(translation, "numerusform").text = form_text
                    translation.text = None
                    changed = True
            elif translation.text != value or translation.get("type"):
                translation.text = value
                changed = True
            if translation.get("type"):
                del translation.attrib["type"]
                changed = True

    for group, members in table.groups.items():
        letters = {}
        for context_name, source in members:
            text = texts.get((context_name, source))
            if text is None:
                continue
            for letter in accelerators(text):
                letters.setdefault(letter, []).append(text)
        for letter, owners in letters.items():
            if len(owners) > 1 and language == SOURCE_LANGUAGE:
                # Only the code can fix the source texts: say so, but fill the file.
                print(f"warning: the source texts clash on accelerator '{letter}' in the {group}: "
                      + ", ".join(repr(o) for o in owners) + " (change one in the code)", file=sys.stderr)
            elif len(owners) > 1:
                problems.append(f"{os.path.basename(path)}: accelerator '{letter}' used twice in the {group}: "
                                + ", ".join(repr(o) for o in owners))

    for context_name, source, comment, numerus in missing:
        missing_out.setdefault((context_name, source, comment, numerus), []).append(language)

    if changed and not check_only and not problems:
        write_ts(tree, path)
    return problems, missing, changed


def write_ts(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    lconvert = find_lconvert()
    if not lconvert:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"note: lconvert not found, {path} written without Qt's formatting", file=sys.stderr)
        return
    with tempfile.NamedTemporaryFile("w", suffix=".ts", delete=False, encoding="utf-8") as tmp:
        tmp.write(text)
    try:
        subprocess.run([lconvert, "-i", tmp.name, "-o", path], check=True)
    finally:
        os.unlink(tmp.name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    parser.add_argument("--missing", action="store_true",
                        help="print JSON entries for the strings the table lacks (to paste and translate)")
    parser.add_argument("--table", default=os.path.join(HERE, "translations.json"))
    parser.add_argument("--ts-dir", default=HERE)
    args = parser.parse_args()

    table = Table(args.table)
    failures = 0
    missing_all = {}
    for language in table.languages:
        path = os.path.join(args.ts_dir, f"omnidesk_{language}.ts")
        if not os.path.exists(path):
            print(f"{path}: missing; create it with lupdate (see README.md here)", file=sys.stderr)
            failures += 1
            continue
        problems, missing, changed = fill_file(path, language, table, args.check, missing_all)
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        failures += len(problems) + len(missing)
        state = "checked" if args.check else ("updated" if changed and not problems else "unchanged")
        print(f"{os.path.basename(path)}: {state}; {len(missing)} untranslated, {len(problems)} problem(s)")

    for (context_name, source, _comment, _numerus), languages in sorted(missing_all.items()):
        print(f"untranslated [{context_name}] {source!r}: {', '.join(languages)}", file=sys.stderr)
    if args.missing and missing_all:
        entries = []
        for (context_name, source, comment, numerus), _languages in sorted(missing_all.items()):
            entry = {"context": context_name, "source": source}
            if comment:
                entry["comment"] = comment
            for language in table.languages:
                if language != SOURCE_LANGUAGE or numerus:
                    entry[language] = ["", ""] if numerus else ""
            entries.append(entry)
        print(json.dumps(entries, ensure_ascii=False, indent=2))

    entries = sorted(list(table.by_context.values()) + list(table.by_source.values()), key=lambda e: e[0])
    for index, entry in entries:
        if index in table.used:
            continue
        print(f"note: table entry no longer in the sources: [{entry.get('context', '*')}] {entry['source']!r}",
              file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
