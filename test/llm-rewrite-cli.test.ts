import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { runParallax } from './helpers/run-cli.js';

// An invented story told by two outlets.
const STORY = {
  id: 'ferry',
  articles: [
    {
      id: 'a',
      outlet: 'Saltmere Courier',
      title: 'Saltmere ferry halted after hull crack',
      published: '2026-10-06',
      text: 'The Saltmere ferry was taken out of service on Monday after inspectors found a crack in its hull, the harbour office said. Harbour master Enna Strand said repairs would take two weeks. Passengers will be carried by a chartered boat from Wednesday.',
    },
    {
      id: 'b',
      outlet: 'Vell Evening News',
      title: 'Cracked hull keeps Saltmere ferry in port',
      published: '2026-10-06',
      text: 'The Saltmere ferry was taken out of service on Monday after inspectors found a crack in its hull, the harbour office said. Harbour master Enna Strand said repairs would take two weeks. The crossing carries about 900 people a day.',
    },
  ],
};

interface Call {
  authorization: string | undefined;
  body: { model?: string; messages?: { role: string; content: string }[] };
}

/** A fake OpenAI-compatible endpoint: rewrites sentence 1 with an invented claim, drops commas elsewhere. */
let server: Server;
let endpoint: string;
const calls: Call[] = [];

async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

before(async () => {
  server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      const body = JSON.parse(raw) as Call['body'];
      calls.push({ authorization: request.headers.authorization, body });
      const user = body.messages?.find((message) => message.role === 'user')?.content ?? '';
      const sentences = user
        .split('\n')
        .map((line) => line.replace(/^\d+\.\s*/, ''))
        .map((text, index) =>
          index === 0 ? `${text} The mayor of Vell resigned in disgrace over it.` : text.replace(/,/g, ''),
        );
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ choices: [{ message: { content: JSON.stringify({ sentences }) } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('summarize --llm-endpoint: supported rewrites kept, an unsupported one dropped for the extractive sentence', async () => {
  const plain = await runParallax(['summarize'], { stdin: JSON.stringify(STORY) });
  assert.equal(plain.code, 0, plain.stderr);
  const extractive = (plain.records[0]?.summary ?? []) as { text: string }[];
  assert.ok(extractive.length >= 2, 'the story has a summary of several sentences');
  assert.equal(plain.records[0]?.llm, undefined, 'no rewrite unless asked for');
  assert.equal(calls.length, 0);

  const run = await runParallax(['summarize', '--llm-endpoint', endpoint, '--llm-model', 'test-model'], {
    stdin: JSON.stringify(STORY),
    env: { PARALLAX_LLM_API_KEY: 'k-123' },
  });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(calls.length, 1);
  assert.equal(calls[0]?.body.model, 'test-model');
  assert.equal(calls[0]?.authorization, 'Bearer k-123', 'the key comes from the environment');

  const record = run.records[0] as {
    summary: { text: string; citations: unknown[] }[];
    llm: { model: string; rewritten: number; dropped: { index: number; reason: string }[] };
  };
  assert.equal(record.summary.length, extractive.length);
  assert.equal(record.summary[0]?.text, extractive[0]?.text, 'the invented claim is not published');
  assert.deepEqual(
    record.llm.dropped.map((item) => item.index),
    [0],
  );
  record.summary.slice(1).forEach((line, index) => {
    assert.equal(line.text, extractive[index + 1]?.text.replace(/,/g, ''), 'a supported rewrite is used');
    assert.ok(line.citations.length > 0, 'a rewritten sentence keeps its citations');
  });
  assert.equal(record.llm.rewritten, extractive.slice(1).filter((line) => line.text.includes(',')).length);
});

test('summarize --llm-endpoint: an endpoint that cannot be reached leaves the summary as it was, with a warning', async () => {
  const run = await runParallax(
    ['summarize', '--llm-endpoint', 'http://127.0.0.1:9/v1', '--llm-model', 'm'],
    { stdin: JSON.stringify(STORY) },
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(
    run.stderr,
    /stdin:1: LLM rewrite not used: http:\/\/127\.0\.0\.1:9\/v1\/chat\/completions could not be reached/,
  );
  const record = run.records[0] as { summary: unknown[]; llm: { error?: string } };
  assert.ok(record.summary.length > 0);
  assert.match(record.llm.error ?? '', /could not be reached/);
});

test('summarize: --llm-model without --llm-endpoint, or a non-http endpoint, is a usage error', async () => {
  const half = await runParallax(['summarize', '--llm-model', 'm'], { stdin: JSON.stringify(STORY) });
  assert.equal(half.code, 2);
  assert.match(half.stderr, /--llm-endpoint and --llm-model go together/);
  const ftp = await runParallax(['summarize', '--llm-endpoint', 'ftp://host', '--llm-model', 'm'], {
    stdin: JSON.stringify(STORY),
  });
  assert.equal(ftp.code, 2);
  assert.match(ftp.stderr, /`ftp:\/\/host` is not an http\(s\) URL/);
});

/** The story's articles as `analyze -` reads them: one JSON article per line. */
const ARTICLE_LINES = STORY.articles.map((article) => JSON.stringify(article)).join('\n') + '\n';

interface AnalyzedReport {
  story: string;
  summary: { text: string; citations: unknown[] }[];
  llm?: { model: string; rewritten: number; dropped: { index: number; reason: string }[]; error?: string };
}

test('analyze --llm-endpoint: each story summary is rewritten where its sources support it, and says so', async () => {
  const plain = await runParallax(['analyze', '-', '--no-store', '--json'], { stdin: ARTICLE_LINES });
  assert.equal(plain.code, 0, plain.stderr);
  const extractive = plain.records[0] as unknown as AnalyzedReport;
  assert.ok(extractive.summary.length >= 2);
  assert.equal(extractive.llm, undefined, 'no rewrite unless asked for');

  const before = calls.length;
  const run = await runParallax(
    ['analyze', '-', '--no-store', '--json', '--llm-endpoint', endpoint, '--llm-model', 'test-model'],
    { stdin: ARTICLE_LINES, env: { PARALLAX_LLM_API_KEY: 'k-456' } },
  );
  assert.equal(run.code, 0, run.stderr);
  assert.equal(calls.length, before + 1);
  assert.equal(calls.at(-1)?.authorization, 'Bearer k-456');
  const report = run.records[0] as unknown as AnalyzedReport;
  assert.equal(report.llm?.model, 'test-model');
  assert.equal(report.summary.length, extractive.summary.length);
  assert.equal(report.summary[0]?.text, extractive.summary[0]?.text, 'the invented claim is not published');
  assert.deepEqual(
    report.llm?.dropped.map((item) => item.index),
    [0],
  );
  assert.equal(
    report.llm?.rewritten,
    extractive.summary.slice(1).filter((line) => line.text.includes(',')).length,
  );
});

test('analyze --llm-endpoint: an endpoint that fails keeps every summary and reports the error', async () => {
  const run = await runParallax(
    ['analyze', '-', '--no-store', '--json', '--llm-endpoint', 'http://127.0.0.1:9/v1', '--llm-model', 'm'],
    { stdin: ARTICLE_LINES },
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /LLM rewrite not used: .*could not be reached/);
  const report = run.records[0] as unknown as AnalyzedReport;
  assert.ok(report.summary.length > 0);
  assert.match(report.llm?.error ?? '', /could not be reached/);
});

test('analyze: --llm-model without --llm-endpoint is a usage error', async () => {
  const half = await runParallax(['analyze', '-', '--no-store', '--llm-model', 'm'], {
    stdin: ARTICLE_LINES,
  });
  assert.equal(half.code, 2);
  assert.match(half.stderr, /--llm-endpoint and --llm-model go together/);
});
