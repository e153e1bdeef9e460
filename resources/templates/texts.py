#!/usr/bin/env python3
# Writes core/store/templatetexts.cpp: every name, note and description of the starter templates
# (resources/templates/*.json) as a QT_TRANSLATE_NOOP under "Cairn::Template", so that lupdate
# files them for the translators and templatePlan() shows them in the user's language.
# Run it after changing a template (tst_templates fails while a text is missing).
import json
import pathlib
import subprocess

root = pathlib.Path(__file__).resolve().parents[2]
# The text fields of the field schema (core/domain/fields.cpp) that the templates fill in; the
# link rows name their ends, which are resolved when a template is read, so are not listed.
KEYS = {"name", "organisation", "notes", "description", "owner", "kpi", "category", "vendor",
        "tags"}


def texts(value, key, out):
    if isinstance(value, dict):
        for k, v in value.items():
            texts(v, k, out)
    elif isinstance(value, list):
        for v in value:
            texts(v, key, out)
    elif isinstance(value, str) and key in KEYS and value and value not in out:
        out.append(value)


found = []
for path in sorted((root / "resources/templates").glob("*.json")):
    plan = json.loads(path.read_text(encoding="utf-8"))
    texts(plan, "", found)


def literal(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


lines = [
    "// Written by resources/templates/texts.py from resources/templates/*.json: do not edit.",
    '#include "core/store/templates.h"',
    "",
    "#include <QCoreApplication>",
    "",
    "namespace Cairn {",
    "",
    "namespace {",
    "const char *const kTexts[] = {",
]
lines += ['    QT_TRANSLATE_NOOP("Cairn::Template", %s),' % literal(s) for s in found]
lines += [
    "};",
    "} // namespace",
    "",
    "QStringList templateTexts()",
    "{",
    "    QStringList list;",
    "    for (const char *text : kTexts)",
    "        list << QString::fromUtf8(text);",
    "    return list;",
    "}",
    "",
    "} // namespace Cairn",
    "",
]
out = root / "core/store/templatetexts.cpp"
out.write_text("\n".join(lines), encoding="utf-8")
subprocess.run(["clang-format", "-i", str(out)], check=True)
print(len(found), "texts")
