import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { tempFolder, verso } from '../helpers/cli';

const folder = tempFolder();
afterAll(() => folder.remove());

const source = [
  'Le président Alassane Ouattara a annoncé mardi 11 février un plan de 4 500 emplois.',
  'Le chômage des jeunes a atteint 7,25 % en janvier, selon l’institut national de la statistique.',
].join('\n\n');
const translation = [
  'President Alassane Ouatara announced on Tuesday, February 11, a plan for 4,500 jobs.',
  'Youth unemployment reached 7.52% in January, according to the national statistics institute.',
  'Powered by automated translation',
].join('\n\n');

describe('verso check --source', () => {
  it('adds accuracy issues with sourceStart/sourceEnd into the source text, and a source summary', async () => {
    const mt = folder.file('article.txt', translation);
    const src = folder.file('source.txt', '\ufeff' + source);
    const run = await verso('check', mt, '--source', src, '--format', 'json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    const accuracy = doc.issues.filter((i: { category: string }) => i.category === 'accuracy');
    expect(
      accuracy.map((i: { rule: string; text: string; sourceText: string }) => [i.rule, i.text, i.sourceText]),
    ).toEqual([
      ['name-mismatch', 'Ouatara', 'Ouattara'],
      ['number-mismatch', '7.52%', '7,25 %'],
    ]);
    for (const i of accuracy) expect(source.slice(i.sourceStart, i.sourceEnd)).toBe(i.sourceText);
    expect(doc.source).toMatchObject({
      file: src,
      language: { code: 'fra', name: 'French' },
      paragraphs: { source: 2, target: 2, aligned: 2, omitted: 0, added: 0 },
      numbers: { checked: 3, mismatched: 1 },
    });
  });

  it('shows the source excerpt of each accuracy issue in the text format, after the contract’s fields', async () => {
    const mt = folder.file('text.txt', translation);
    const src = folder.file('text.fr.txt', source);
    const run = await verso('check', mt, '--source', src, '--format', 'text');
    expect(run.code).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.includes('number-mismatch'));
    expect(line).toMatch(/^.*text\.txt:3:\d+ {2}error {2}number-mismatch {2}.* {2}"7\.52%" {2}source: "7,25 %"$/);
    // Only accuracy issues carry a source excerpt.
    for (const l of run.stdout.split('\n').filter((l) => l.includes('source: ')))
      expect(l).toMatch(/ {2}(?:name|number)-mismatch {2}/);
  });

  it('checks without a source exactly as before: no accuracy issues', async () => {
    const mt = folder.file('plain.txt', translation);
    const doc = JSON.parse((await verso('check', mt, '--format', 'json')).stdout);
    expect(doc.issues.some((i: { category: string }) => i.category === 'accuracy')).toBe(false);
    expect(doc.source).toBeUndefined();
  });

  it('refuses --source with several files, or a missing source, with one line and nothing written', async () => {
    const a = folder.file('a.txt', translation);
    const b = folder.file('b.txt', translation);
    const src = folder.file('s.txt', source);
    const before = readdirSync(folder.dir).sort();
    const several = await verso('check', a, b, '--source', src);
    expect(several.code).toBe(2);
    expect(several.stdout).toBe('');
    expect(several.stderr.trim().split('\n')).toHaveLength(1);
    expect(several.stderr).toMatch(/--source/);
    const missing = await verso('check', a, '--source', folder.dir + '/nowhere.txt');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/nowhere\.txt/);
    expect(readdirSync(folder.dir).sort()).toEqual(before);
  });

  it('says so on stderr when it cannot tell the source language, and still checks', async () => {
    const mt = folder.file('n.txt', 'Figures: 12 345 and 678.');
    const src = folder.file('n-src.txt', '12 345 — 678');
    const run = await verso('check', mt, '--source', src, '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/cannot tell the language of the source text/);
    expect(JSON.parse(run.stdout).source.language.code).toBe('und');
  });

  it('flags a Chinese name the translation romanises wrongly, with sourceStart/sourceEnd at the source name', async () => {
    const zh = ['市文化局局长周明轩昨天在会上介绍了今年的工作计划。', '本报记者陈思远从现场发回了这篇报道。'].join(
      '\n\n',
    );
    const en = [
      "Zhang Mingxuan, director of the city's culture bureau, presented this year's work plan at the meeting yesterday.",
      'Our reporter Chen Siyuan sent this report from the scene.',
    ].join('\n\n');
    const mt = folder.file('names.txt', en);
    const src = folder.file('names.zh.txt', zh);
    const run = await verso('check', mt, '--source', src, '--format', 'json');
    expect(run.code).toBe(0);
    const issues = JSON.parse(run.stdout).issues.filter((i: { rule: string }) => i.rule === 'name-reading');
    expect(
      issues.map((i: { text: string; sourceText: string; message: string }) => [i.text, i.sourceText, i.message]),
    ).toEqual([['Zhang Mingxuan', '周明轩', '“Zhang Mingxuan” is not how the source reads: 周明轩 (zhou ming xuan).']]);
    expect(zh.slice(issues[0].sourceStart, issues[0].sourceEnd)).toBe('周明轩');
    expect(en.slice(issues[0].start, issues[0].end)).toBe('Zhang Mingxuan');
    expect(issues[0]).toMatchObject({ category: 'accuracy', suggestions: ['Zhou Mingxuan'] });
  });

  it('flags a Cyrillic name the translation romanises wrongly, with sourceStart/sourceEnd at the source name', async () => {
    const ru = ['Министр финансов Антон Силуанов выступил в Госдуме во вторник.', 'Его доклад поддержал спикер Вячеслав Володин.'].join('\n\n');
    const en = ['Finance Minister Anton Siluanow spoke in the State Duma on Tuesday.', 'His report was backed by Speaker Viacheslav Volodin.'].join('\n\n');
    const run = await verso('check', folder.file('names.ru-en.txt', en.replace('Siluanow', 'Siluanav')), '--source', folder.file('names.ru.txt', ru), '--format', 'json');
    expect(run.code).toBe(0);
    const issues = JSON.parse(run.stdout).issues.filter((i: { rule: string }) => i.rule === 'name-transliteration');
    expect(issues.map((i: { text: string; sourceText: string; message: string }) => [i.text, i.sourceText, i.message])).toEqual([
      ['Siluanav', 'Силуанов', '“Siluanav” is not how the source\'s Силуанов is romanised: Siluanov.'],
    ]);
    expect(ru.slice(issues[0].sourceStart, issues[0].sourceEnd)).toBe('Силуанов');
    expect(issues[0]).toMatchObject({ category: 'accuracy', suggestions: ['Siluanov'] });
    // The same names in other romanisations (w for в, ia for я) raise nothing.
    const ok = await verso('check', folder.file('names-ok.ru-en.txt', en), '--source', folder.file('names.ru.txt', ru), '--format', 'json');
    expect(JSON.parse(ok.stdout).issues.filter((i: { rule: string }) => i.rule === 'name-transliteration')).toEqual([]);
  });

  it('flags the one wrong syllable of a Korean name, with sourceStart/sourceEnd at the source name', async () => {
    const ko = ['윤석열 대통령은 1일 국무회의에서 경제 정책을 발표했다.', '이재명 대표는 이에 반발했다.'].join('\n\n');
    const en = ['President Yoon Suk-yool announced economic policy at a cabinet meeting on the 1st.', 'Party leader Lee Jae-myeong protested.'].join('\n\n');
    const run = await verso('check', folder.file('names.ko-en.txt', en), '--source', folder.file('names.ko.txt', ko), '--format', 'json');
    expect(run.code).toBe(0);
    const issues = JSON.parse(run.stdout).issues.filter((i: { rule: string }) => i.rule === 'name-romanisation-ko');
    expect(issues.map((i: { text: string; sourceText: string; message: string }) => [i.text, i.sourceText, i.message])).toEqual([
      ['yool', '윤석열', '“yool” in “Yoon Suk-yool” is not how the source reads 열 in 윤석열: Yoon Suk-yeol.'],
    ]);
    expect(ko.slice(issues[0].sourceStart, issues[0].sourceEnd)).toBe('윤석열');
    expect(issues[0]).toMatchObject({ category: 'accuracy', suggestions: ['yeol'] });
  });

  it('flags a Hindi name romanised wrongly, with sourceStart/sourceEnd at the source word', async () => {
    const hi = ['प्रधानमंत्री नरेंद्र मोदी ने सोमवार को अहमदाबाद में एक सभा को संबोधित किया।', 'दिल्ली के मुख्यमंत्री अरविंद केजरीवाल भी वहां मौजूद थे।'].join('\n\n');
    const en = ['Prime Minister Narendra Mody addressed a meeting in Ahmedabad on Monday.', 'Delhi Chief Minister Arvind Kejriwal was also there.'].join('\n\n');
    const run = await verso('check', folder.file('names.hi-en.txt', en), '--source', folder.file('names.hi.txt', hi), '--format', 'json');
    expect(run.code).toBe(0);
    const issues = JSON.parse(run.stdout).issues.filter((i: { rule: string }) => i.rule === 'name-romanisation-deva');
    expect(issues.map((i: { text: string; sourceText: string; message: string }) => [i.text, i.sourceText, i.message])).toEqual([
      ['Mody', 'मोदी', '“Mody” is not how the source\'s मोदी is romanised: Modi.'],
    ]);
    expect(hi.slice(issues[0].sourceStart, issues[0].sourceEnd)).toBe('मोदी');
    expect(issues[0]).toMatchObject({ category: 'accuracy', suggestions: ['Modi'] });
    // Aravind for अरविंद: another press spelling, not a changed name.
    const ok = en.replace('Mody', 'Modi').replace('Arvind', 'Aravind');
    const right = await verso('check', folder.file('names-ok.hi-en.txt', ok), '--source', folder.file('names.hi.txt', hi), '--format', 'json');
    expect(JSON.parse(right.stdout).issues.filter((i: { category: string }) => i.category === 'accuracy')).toEqual([]);
  });

  it('flags an Arabic-script name romanised with a letter the source does not have, with sourceStart/sourceEnd at the source name', async () => {
    const ar = ['قال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة ستستثمر في الطاقة المتجددة.', 'وأضاف أن الرياض ستستضيف مؤتمرا دوليا للطاقة في تشرين الأول المقبل.'].join('\n\n');
    const en = ['Saudi Crown Prince Muhammad bin Salmon said the kingdom would invest in renewable energy.', 'He added that Riyadh would host an international energy conference next October.'].join('\n\n');
    const run = await verso('check', folder.file('names.ar-en.txt', en), '--source', folder.file('names.ar.txt', ar), '--format', 'json');
    expect(run.code).toBe(0);
    const issues = JSON.parse(run.stdout).issues.filter((i: { rule: string }) => i.rule === 'name-romanisation-ar');
    expect(issues.map((i: { text: string; sourceText: string; message: string }) => [i.text, i.sourceText, i.message])).toEqual([
      ['Salmon', 'سلمان', '“Salmon” is not how the source\'s سلمان is romanised: Salman.'],
    ]);
    expect(ar.slice(issues[0].sourceStart, issues[0].sourceEnd)).toBe('سلمان');
    expect(en.slice(issues[0].start, issues[0].end)).toBe('Salmon');
    expect(issues[0]).toMatchObject({ category: 'accuracy', suggestions: ['Salman'] });
    // Another accepted spelling of each name raises nothing.
    const ok = await verso('check', folder.file('names-ok.ar-en.txt', en.replace('Muhammad bin Salmon', 'Mohammed bin Salman')), '--source', folder.file('names.ar.txt', ar), '--format', 'json');
    expect(JSON.parse(ok.stdout).issues.filter((i: { rule: string }) => i.rule === 'name-romanisation-ar')).toEqual([]);
  });

  it('checks an XLIFF file against its own sources', async () => {
    const xlf = folder.file(
      'job.xlf',
      `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="fr" target-language="en"><body>\n<trans-unit id="1"><source>${source.split('\n\n')[0]}</source><target>${translation.split('\n\n')[0]}</target></trans-unit>\n<trans-unit id="2"><source>${source.split('\n\n')[1]}</source><target>${translation.split('\n\n')[1]}</target></trans-unit>\n</body></file></xliff>\n`,
    );
    const doc = JSON.parse((await verso('check', xlf, '--format', 'json')).stdout);
    expect(
      doc.issues
        .filter((i: { category: string }) => i.category === 'accuracy')
        .map((i: { text: string; sourceText: string }) => `${i.text} <- ${i.sourceText}`),
    ).toEqual(['Ouatara <- Ouattara', '7.52% <- 7,25 %']);
    expect(doc.source.file).toBe(xlf);
  });

  it('checks XLIFF files against their sources the same on 1 and on 2 jobs (the accuracy rules in one part)', async () => {
    const unit = (k: number, i: number) => `<trans-unit id="${i}"><source>${source.split('\n\n')[i]}</source><target>${translation.split('\n\n')[i].replace('the', k ? 'the the' : 'the')}</target></trans-unit>`;
    const files = [0, 1].map((k) =>
      folder.file(`job-${k}-of-2.xlf`, `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="fr" target-language="en"><body>\n${unit(k, 0)}\n${unit(k, 1)}\n</body></file></xliff>\n`),
    );
    const one = await verso('check', ...files, '--format', 'jsonl', '--jobs', '1');
    const two = await verso('check', ...files, '--format', 'jsonl', '--jobs', '2');
    expect(two.stdout).toBe(one.stdout);
    const docs = one.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(docs.map((d) => d.source.file)).toEqual(files);
    for (const d of docs) expect(d.issues.some((i: { category: string }) => i.category === 'accuracy')).toBe(true);
    expect(docs[1].issues.some((i: { rule: string }) => i.rule === 'repeated-word')).toBe(true);
  });

  it('refuses an XLIFF file with a DOCTYPE with one line', async () => {
    const xlf = folder.file(
      'bomb.xlf',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&a;</source><target>a</target></trans-unit></body></file></xliff>',
    );
    const run = await verso('check', xlf);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/bomb\.xlf/);
  });
});
