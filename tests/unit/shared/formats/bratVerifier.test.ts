import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeBrat } from '@shared/formats/bratFormat';
import type { NamedFile } from '@shared/formats/formatAdapter';
import { MIXED_FIXTURE, RELATIONS_FIXTURE, loadDataset, pythonMissing, runPython } from './formatTestSupport';

/**
 * brat's own verifier rules (server/src/verify_annotations.py with projectconfig.py), written
 * again in a few lines: every text-bound type must be an entity or event type of the nearest
 * annotation.conf, and two entities whose spans are equal, nested or crossing must be allowed to
 * by an `<OVERLAP>` rule (`<OVL-TYPE>` equal / contain / cross / `<ANY>`), and every `R` relation
 * must have a type of the `[relations]` section whose `Arg1`/`Arg2` allow its arguments' types.
 * Prints one issue a line.
 */
const VERIFY = String.raw`
import os, re, sys
root = sys.argv[1]
def conf_for(folder):
    while True:
        path = os.path.join(folder, "annotation.conf")
        if os.path.exists(path):
            return open(path, encoding="utf-8").read()
        if os.path.abspath(folder) == os.path.abspath(root):
            return ""
        folder = os.path.dirname(folder)
def parse_conf(text):
    section, entities, overlap, relations = None, set(), [], {}
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r"^\[(\w+)\]$", line)
        if m:
            section = m.group(1)
        elif section in ("entities", "events"):
            entities.add(line.lstrip("!").split()[0])
        elif section == "relations" and line.startswith("<OVERLAP>"):
            args = dict(a.strip().split(":", 1) for a in line.split(None, 1)[1].split(","))
            overlap.append((args["Arg1"], args["Arg2"], set(args.get("<OVL-TYPE>", "").split("|"))))
        elif section == "relations":
            name, rest = line.split(None, 1)
            args = dict(a.strip().split(":", 1) for a in rest.split(","))
            relations[name] = (set(args["Arg1"].split("|")), set(args["Arg2"].split("|")))
    return entities, overlap, relations
def allowed(overlap, kind, t1, t2):
    for a1, a2, types in overlap:
        for x, y in ((t1, t2), (t2, t1)):
            if a1 in ("<ENTITY>", x) and a2 in ("<ENTITY>", y) and (kind in types or "<ANY>" in types):
                return True
    return False
issues = []
for folder, _, names in sorted(os.walk(root)):
    entities, overlap, relations = parse_conf(conf_for(folder))
    for name in sorted(n for n in names if n.endswith(".ann")):
        spans, links = [], []
        for line in open(os.path.join(folder, name), encoding="utf-8").read().split("\n"):
            if line.startswith("R"):
                rid, rest = line.split("\t", 1)
                rtype, arg1, arg2 = rest.split()
                links.append((rid, rtype, arg1.split(":", 1)[1], arg2.split(":", 1)[1]))
                continue
            if not line.startswith("T"):
                continue
            tid, typed, _ = line.split("\t", 2)
            label, offsets = typed.split(" ", 1)
            frags = [tuple(map(int, f.split())) for f in offsets.split(";")]
            spans.append((tid, label, frags[0][0], frags[-1][1]))
            if label not in entities:
                issues.append("%s %s: %s is not a known textbound type" % (name, tid, label))
        for i, (i1, t1, s1, e1) in enumerate(spans):
            for i2, t2, s2, e2 in spans[i + 1:]:
                if not (s2 < e1 and e2 > s1):
                    continue
                kind = "equal" if (s1, e1) == (s2, e2) else "contain" if (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2) else "cross"
                if not allowed(overlap, kind, t1, t2):
                    issues.append("%s %s/%s: %s overlap of %s and %s not allowed" % (name, i1, i2, kind, t1, t2))
        types = {tid: label for tid, label, _, _ in spans}
        for rid, rtype, a1, a2 in links:
            if rtype not in relations:
                issues.append("%s %s: %s is not a known relation type" % (name, rid, rtype))
            elif types.get(a1) not in relations[rtype][0] or types.get(a2) not in relations[rtype][1]:
                issues.append("%s %s: %s does not allow %s -> %s" % (name, rid, rtype, types.get(a1), types.get(a2)))
print("\n".join(issues))
`;

function verify(files: readonly NamedFile[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tagwerk-brat-'));
  for (const file of files) {
    mkdirSync(join(dir, file.name, '..'), { recursive: true });
    writeFileSync(join(dir, file.name), file.content);
  }
  return runPython(VERIFY, [dir]).split('\n').filter((line) => line !== '');
}

const missing = pythonMissing();

describe.skipIf(missing !== undefined)(`brat export under brat's verifier rules${missing === undefined ? '' : ` — SKIPPED: ${missing}`}`, () => {
  const files = serializeBrat(loadDataset(MIXED_FIXTURE));

  it('reports no issue: every label declared, nested and crossing tags allowed (two annotators, one folder each)', () => {
    expect(files.filter((f) => f.name.endsWith('annotation.conf')).map((f) => f.name)).toEqual(['jonas/annotation.conf', 'kim/annotation.conf']);
    expect(verify(files)).toEqual([]);
  });

  it('would flag every span as an unknown type without annotation.conf, and the crossing tags without the overlap rule', () => {
    const spans = files.filter((f) => f.name.endsWith('.ann')).flatMap((f) => f.content.split('\n').filter((l) => l.startsWith('T')));
    expect(verify(files.filter((f) => !f.name.endsWith('annotation.conf'))).filter((issue) => issue.includes('is not a known textbound type'))).toHaveLength(spans.length);
    const noOverlap = files.map((f) => (f.name.endsWith('annotation.conf') ? { ...f, content: f.content.replace(/^<OVERLAP>.*$/m, '') } : f));
    expect(verify(noOverlap).some((issue) => /cross overlap of claim and quote not allowed/.test(issue))).toBe(true);
  });

  it('accepts the relation export: every R line of a declared type with allowed argument labels; flags them without the [relations] types', () => {
    const withRelations = serializeBrat(loadDataset(RELATIONS_FIXTURE));
    const lines = withRelations.filter((f) => f.name.endsWith('.ann')).flatMap((f) => f.content.split('\n').filter((l) => l.startsWith('R')));
    expect(lines).toHaveLength(7);
    expect(verify(withRelations)).toEqual([]);
    const undeclared = withRelations.map((f) => (f.name.endsWith('annotation.conf') ? { ...f, content: f.content.replace(/^(source|target|time)\t.*$/gm, '') } : f));
    expect(verify(undeclared).filter((issue) => issue.includes('is not a known relation type'))).toHaveLength(7);
  });
});
