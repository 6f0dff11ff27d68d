import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bratFormat } from '@shared/formats/bratFormat';
import { FORMAT_REGISTRY } from '@shared/formats/formatRegistry';
import { MIXED_FIXTURE, loadDataset, pythonMissing, runPython } from './formatTestSupport';

/**
 * Reads every export the way a Python pipeline would (json + str slicing, which counts code
 * points) and reports, per span, (document, start, end, label, text[start:end]) and whether the
 * file's own quote matches; Label Studio's offsets are code points too (Label Studio slices so).
 */
const READ_EXPORTS = String.raw`
import json, os, sys
d = sys.argv[1]
def load(name):
    with open(os.path.join(d, name), encoding="utf-8", newline="") as f:
        return f.read()
def lines(name):
    return [json.loads(l) for l in load(name).split("\n") if l]
out = {}
t = json.loads(load("x.tagwerk.json"))
texts = {doc["id"]: doc["text"] for doc in t["documents"]}
out["tagwerk"] = [[doc["id"], a["start"], a["end"], a["label"], doc["text"][a["start"]:a["end"]], doc["text"][a["start"]:a["end"]] == a["text"]]
                  for doc in t["documents"] for a in doc["annotations"]]
out["doccano"] = [[r["id"], s, e, l, r["text"][s:e], True] for r in lines("x.doccano.jsonl") for s, e, l in r["label"]]
out["spacy"] = [[r["meta"]["id"], sp["start"], sp["end"], sp["label"], r["text"][sp["start"]:sp["end"]], True] for r in lines("x.spacy.jsonl") for sp in r["spans"]]
w3c = []
for item in json.loads(load("x.w3c.jsonld"))["first"]["items"]:
    text = texts[item["target"]["source"]]
    sel = {s["type"]: s for s in item["target"]["selector"]}
    s, e = sel["TextPositionSelector"]["start"], sel["TextPositionSelector"]["end"]
    q = sel["TextQuoteSelector"]
    ok = text[s:e] == q["exact"] and text[:s].endswith(q["prefix"]) and text[e:].startswith(q["suffix"])
    w3c.append([item["target"]["source"], s, e, item["body"]["value"] if isinstance(item["body"], dict) else item["body"][0]["value"], text[s:e], ok])
out["w3c"] = w3c
brat = []
for folder, _, names in sorted(os.walk(os.path.join(d, "brat"))):
    for name in sorted(names):
        if not name.endswith(".ann"):
            continue
        text = load(os.path.join(folder, name[:-4] + ".txt"))
        for line in load(os.path.join(folder, name)).split("\n"):
            if not line.startswith("T"):
                continue
            _, typed, field = line.split("\t", 2)
            label, offsets = typed.split(" ", 1)
            frags = [tuple(map(int, f.split(" "))) for f in offsets.split(";")]
            ok = " ".join(text[s:e] for s, e in frags).replace("\n", " ") == field
            brat.append([name[:-4], frags[0][0], frags[-1][1], label, text[frags[0][0]:frags[-1][1]], ok])
out["brat"] = brat
ls = []
for task in json.loads(load("x.labelstudio.json")):
    text = task["data"]["text"]
    for annotation in task["annotations"]:
        for r in annotation["result"]:
            v = r["value"]
            ls.append([task["data"]["documentId"], v["start"], v["end"], v["labels"][0], text[v["start"]:v["end"]], text[v["start"]:v["end"]] == v["text"]])
out["labelstudio"] = ls
print(json.dumps(out))
`;

type Row = [string, number, number, string, string, boolean];

const missing = pythonMissing();

describe.skipIf(missing !== undefined)(`exports read in Python${missing === undefined ? '' : ` — SKIPPED: ${missing}`}`, () => {
  const dataset = loadDataset(MIXED_FIXTURE);
  let rows: Record<string, Row[]> = {};
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'tagwerk-python-'));
    for (const entry of FORMAT_REGISTRY) if (entry.output === 'file') writeFileSync(join(dir, `x${entry.suffix}`), entry.adapter.serialize(dataset));
    mkdirSync(join(dir, 'brat'));
    for (const file of bratFormat.serialize(dataset)) {
      mkdirSync(join(dir, 'brat', file.name, '..'), { recursive: true });
      writeFileSync(join(dir, 'brat', file.name), file.content);
    }
    rows = JSON.parse(runPython(READ_EXPORTS, [dir])) as Record<string, Row[]>;
  });
  const byDocument = new Map(dataset.documents.map((d, i) => [d.id, { index: i, stem: d.source.replace(/\.txt$/, '') }]));
  const expected = (key: (documentId: string) => string) =>
    dataset.documents.flatMap((d) => d.annotations.map((a) => [key(d.id), a.start, a.end, a.label, a.text, true])).map((r) => JSON.stringify(r)).sort();
  const actual = (format: string) => (rows[format] ?? []).map((r) => JSON.stringify(r)).sort();

  it.each(['tagwerk', 'doccano', 'spacy', 'w3c'])('%s: every span slices right in Python (text[start:end] == quote, code points)', (format) => {
    expect(actual(format)).toEqual(expected((id) => id));
  });

  it('brat: every fragment slices right in Python and the text field matches', () => {
    expect(actual('brat')).toEqual(expected((id) => byDocument.get(id)?.stem ?? ''));
  });

  it('Label Studio: offsets are code points, so Python slices read every span right after an emoji', () => {
    expect(actual('labelstudio')).toEqual(expected((id) => id));
    // "Der Bundestag" follows 🇩🇪 (2 astral) and 📰: 17 code points (20 UTF-16 units).
    expect(rows.labelstudio?.find((r) => r[4] === 'Der Bundestag')?.slice(1, 3)).toEqual([17, 30]);
  });
});
