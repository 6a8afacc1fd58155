// Bilingual review of a Korean source: aligning and checking a synthetic ~20k-word Korean–English
// pair (invented news paragraphs from a few templates, three names each, made from common surnames
// and given-name syllables spelt the way the press spells them), then the same with one name in
// ten changed by a syllable. Prints figures; never asserts.
import { createChecker } from '../src/core';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

const SURNAMES: [string, string][] = [
  ['김', 'Kim'], ['이', 'Lee'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Jung'], ['강', 'Kang'], ['조', 'Cho'], ['윤', 'Yoon'], ['장', 'Jang'],
  ['임', 'Lim'], ['한', 'Han'], ['오', 'Oh'], ['서', 'Seo'], ['신', 'Shin'], ['권', 'Kwon'], ['황', 'Hwang'], ['안', 'Ahn'], ['송', 'Song'],
];
const GIVEN: [string, string][] = [
  ['민', 'min'], ['서', 'seo'], ['지', 'ji'], ['현', 'hyun'], ['준', 'jun'], ['우', 'woo'], ['수', 'su'], ['영', 'young'], ['진', 'jin'], ['호', 'ho'],
  ['은', 'eun'], ['재', 'jae'], ['성', 'sung'], ['훈', 'hoon'], ['연', 'yeon'], ['희', 'hee'], ['태', 'tae'], ['동', 'dong'], ['혁', 'hyuk'], ['석', 'seok'],
];
// A changed syllable for each given-name syllable (what a planted error puts in its place).
const CHANGED: Record<string, string> = { min: 'man', seo: 'sao', ji: 'ja', hyun: 'hyan', jun: 'jon', woo: 'wae', su: 'sa', young: 'yang', jin: 'jan', ho: 'ha', eun: 'aen', jae: 'joe', sung: 'sang', hoon: 'haan', yeon: 'yaon', hee: 'haa', tae: 'tai', dong: 'dang', hyuk: 'hyak', seok: 'siek' };

function name(i: number, changed = false): { ko: string; en: string } {
  const [sk, se] = SURNAMES[i % SURNAMES.length];
  const [ak, ae] = GIVEN[(i * 7) % GIVEN.length];
  const [bk, be] = GIVEN[(i * 13 + 3) % GIVEN.length];
  const second = changed ? CHANGED[be] : be;
  return { ko: sk + ak + bk, en: `${se} ${ae.charAt(0).toUpperCase()}${ae.slice(1)}-${second}` };
}

type Names = [{ ko: string; en: string }, { ko: string; en: string }, { ko: string; en: string }];
const TEMPLATES: ((n: Names, d: number) => [string, string])[] = [
  ([a, b, c], d) => [
    `${a.ko} 장관은 ${d}일 서울 정부청사에서 열린 회의에서 ${d * 10}억 원 규모의 예산안을 발표했다. ${b.ko} 의원은 "신중한 검토가 필요하다"고 말했고, ${c.ko} 차관도 같은 입장을 밝혔다.`,
    `Minister ${a.en} announced a budget of ${d} billion won at a meeting at the government complex in Seoul on the ${d}th. Lawmaker ${b.en} said, "A careful review is needed," and Vice Minister ${c.en} took the same position.`,
  ],
  ([a, b, c], d) => [
    `부산시는 ${a.ko} 시장이 ${d}일 해운대구를 방문해 태풍 피해 현장을 점검했다고 밝혔다. ${b.ko} 구청장과 ${c.ko} 소방서장이 동행했다.`,
    `The city of Busan said Mayor ${a.en} visited Haeundae-gu on the ${d}th to inspect the typhoon damage. District head ${b.en} and fire chief ${c.en} accompanied him.`,
  ],
  ([a, b, c], d) => [
    `${a.ko} 대표는 ${d}일 기자간담회에서 올해 매출이 ${d}% 늘었다고 말했다. 이 자리에는 ${b.ko} 부사장과 ${c.ko} 전무도 참석했다.`,
    `Chief executive ${a.en} told a press conference on the ${d}th that sales had risen ${d}% this year. Vice president ${b.en} and executive director ${c.en} also attended.`,
  ],
  ([a, b, c], d) => [
    `${a.ko}는 ${d}일 열린 리그 경기에서 두 골을 넣었다. 경기 후 ${b.ko} 감독은 "${a.ko}는 팀의 중심"이라고 칭찬했고, 주장 ${c.ko}도 축하 메시지를 보냈다.`,
    `${a.en} scored two goals in a league match on the ${d}th. After the match, coach ${b.en} praised him, saying, "${a.en} is the heart of the team," and captain ${c.en} also sent a message.`,
  ],
  ([a, b, c], d) => [
    `조선중앙통신은 ${a.ko} 총리가 ${d}일 평양의 공장을 현지 지도했다고 보도했다. ${b.ko} 당 비서와 ${c.ko} 부총리가 그를 수행했다.`,
    `The Korean Central News Agency reported that Premier ${a.en} gave field guidance at a factory in Pyongyang on the ${d}th. Party Secretary ${b.en} and Vice Premier ${c.en} accompanied him.`,
  ],
];

function pair(words: number, plantEvery: number): { source: string; target: string; planted: number; words: number } {
  const source: string[] = [];
  const target: string[] = [];
  let count = 0;
  let planted = 0;
  for (let i = 0; count < words; i++) {
    const plant = plantEvery > 0 && i % plantEvery === 0;
    if (plant) planted++;
    const names: Names = [name(i * 3, plant), name(i * 3 + 1), name(i * 3 + 2)];
    const [ko, en] = TEMPLATES[i % TEMPLATES.length](names, (i % 27) + 1);
    source.push(ko);
    target.push(en);
    count += en.split(/\s+/).length;
  }
  return { source: source.join('\n\n') + '\n', target: target.join('\n\n') + '\n', planted, words: count };
}

for (const [label, plantEvery] of [['correct names', 0], ['one name in ten paragraphs changed', 10]] as const) {
  const { source, target, planted, words } = pair(20_000, plantEvery);
  const checker = createChecker();
  checker.check(target);
  const t0 = performance.now();
  const result = checker.check(target, { source });
  const elapsed = performance.now() - t0;
  const flags = result.issues.filter((i) => i.rule === 'name-romanisation-ko').length;
  console.log(
    `${label}: ${words} English words; align + accuracy checks on top of a checked translation: ${ms(elapsed)}; name-romanisation-ko issues: ${flags}${plantEvery ? ` (${planted} planted)` : ''}; source language ${result.bilingual?.language?.code ?? '?'}`,
  );
}
