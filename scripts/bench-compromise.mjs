// Times compromise (the in-browser NLP library) finding people, places and
// organisations in FILE, for comparison with newsmark in scripts/bench.sh.
// Prints one JSON line: {"tool":"compromise", "seconds", "terms", "entities"}.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const text = readFileSync(process.argv[2], 'utf8');
// Warm up on a slice, as the newsmark benchmark does.
nlp(text.slice(0, 20000)).people().out('array');
const started = process.hrtime.bigint();
const doc = nlp(text);
const entities = doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ tool: 'compromise', version: '14.17.0', seconds, terms: doc.terms().length, entities }));
