import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '@shared/formats/detectImportFormat';
import { FORMAT_REGISTRY } from '@shared/formats/formatRegistry';
import { RELATIONS_FIXTURE, loadDataset } from './formatTestSupport';

describe('detectImportFormat', () => {
  const dataset = loadDataset(RELATIONS_FIXTURE);

  it.each(FORMAT_REGISTRY.filter((entry) => !('exportOnly' in entry)).map((entry) => [entry.id, entry] as const))('recognises what Tagwerk exports as %s (emoji and NFD texts)', (id, entry) => {
    const files = entry.output === 'file' ? [{ name: `corpus${entry.suffix}`, content: entry.adapter.serialize(dataset) }] : entry.adapter.serialize(dataset);
    const chosen = files.find((f) => f.name.endsWith('.ann') || f.name.endsWith('.tsv') || entry.output === 'file');
    expect(chosen).toBeDefined();
    expect(detectImportFormat(chosen?.name.split('/').at(-1) ?? '', chosen?.content ?? '')).toBe(id);
  });

  it.each([
    ['doccano sequence labeling', 'x.jsonl', '{"id": 7, "text": "Kim 😀 sagte Ja.", "label": [[0, 3, "PER"]]}\n', 'doccano'],
    ['doccano relations', 'x.jsonl', '\uFEFF{"text": "Mu\u0308ller", "entities": [], "relations": []}\r\n', 'doccano'],
    ['Prodigy', 'x.jsonl', '{"text": "Kim", "tokens": [], "spans": []}\n', 'spacy'],
    ['one Label Studio task', 'task.json', '{"data": {"text": "Kim"}, "annotations": []}', 'labelstudio'],
    ['one W3C annotation', 'a.json', '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "target": "urn:x"}', 'w3c'],
    ['brat configuration', 'annotation.conf', '[entities]\n', 'brat'],
  ])('recognises %s', (_what, name, content, id) => {
    expect(detectImportFormat(name, content)).toBe(id);
  });

  it.each([
    ['a text', 'a.txt', 'Kim sagte Ja.'],
    ['an unrelated JSON object', 'a.json', '{"name": "Kim"}'],
    ['an empty file', 'a.jsonl', ''],
  ])('says nothing for %s', (_what, name, content) => {
    expect(detectImportFormat(name, content)).toBeUndefined();
  });
});
