// Times VADER (vader-sentiment) and AFINN (sentiment) over a corpus, one message per line, on one core.
// Usage: node peers.js CORPUS   → prints "name<TAB>messages per second" lines (best of several passes).
'use strict';
const fs = require('fs');
const vader = require('vader-sentiment');
const Sentiment = require('sentiment');

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.length > 0);
const afinn = new Sentiment();

function rate(name, fn, passes) {
  let best = Infinity;
  let sink = 0;
  for (let pass = 0; pass <= passes; pass++) {
    const start = process.hrtime.bigint();
    for (const line of lines) sink += fn(line);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (pass > 0) best = Math.min(best, seconds); // pass 0 warms the JIT
  }
  console.log(`${name}\t${Math.round(lines.length / best)}\t(checksum ${sink.toFixed(0)})`);
}

rate('afinn', (l) => afinn.analyze(l).score, 3);
rate('vader', (l) => vader.SentimentIntensityAnalyzer.polarity_scores(l).compound, 1);
