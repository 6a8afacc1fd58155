// name-romanisation-ko: Korean names romanised in the translation, against the Hangul of the
// source. The real checker and the real English dictionary; every name and paragraph here is invented.
import { describe, expect, it } from 'vitest';
import { jamoOf, readHangulTables, readsAsKorean } from '../../../src/core/bilingual/hangul';
import hangulData from '../../../src/core/bilingual/data/hangul.json';
import { RuleDataError } from '../../../src/core/rules/data/validate';
import { flagged, pairs } from './helpers';

const RULE = 'name-romanisation-ko';
const source =
  '윤석열 대통령은 1일 용산 대통령실에서 열린 국무회의에서 내년도 경제 정책 방향을 발표했다. 김정은 국무위원장의 최근 발언에 대해서도 언급했다. 이재명 대표는 이에 반발했다.';
const said = (president: string, chairman = 'Kim Jong-un', leader = 'Lee Jae-myung') =>
  `President ${president} announced next year's economic policy at a cabinet meeting at the presidential office in Yongsan on the 1st. He also mentioned recent remarks by Chairman ${chairman}. ${leader}, the party leader, protested.`;

describe('name-romanisation-ko', () => {
  it('flags a changed syllable of a given name, with the source name and its spelling of the syllable', () => {
    const [f] = flagged(source, said('Yoon Suk-yool'), RULE);
    expect(f.text).toBe('yool');
    expect(f.source).toBe('윤석열');
    expect(f.issue.category).toBe('accuracy');
    expect(f.issue.message).toBe('“yool” in “Yoon Suk-yool” is not how the source reads 열 in 윤석열: Yoon Suk-yeol.');
    expect(f.issue.suggestions).toEqual(['yeol']);
    expect(pairs(source, said('Yoon Suk-hyeol'), RULE)).toEqual(['hyeol <- 윤석열']);
    const [il] = flagged(source, said('Yoon Suk-yeol', 'Kim Jong-il'), RULE);
    expect(`${il.text} <- ${il.source}`).toBe('il <- 김정은');
    expect(il.issue.suggestions).toEqual(['un']);
    const [mung] = flagged(source, said('Yoon Suk-yeol', 'Kim Jong-un', 'Lee Jae-mung'), RULE);
    expect(`${mung.text} <- ${mung.source}`).toBe('mung <- 이재명');
    expect(mung.issue.suggestions).toEqual(['myung']);
  });

  it('flags a changed syllable of a given name written joined or spaced', () => {
    expect(pairs(source, said('Yoon Sukyool'), RULE)).toEqual(['yool <- 윤석열']);
    const [f] = flagged(source, said('Yoon Suk Yool'), RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Yool <- 윤석열');
    expect(f.issue.suggestions).toEqual(['Yeol']);
  });

  it('flags any other syllable in a name with a title beside it, only a near one in a name without', () => {
    expect(pairs(source, said('Yoon Suk-yeol', 'Kim Jong-nam'), RULE)).toEqual(['nam <- 김정은']);
    const met = '그는 어제 오후 김정은과 평양에서 만났다.';
    expect(pairs(met, 'He met Kim Jong-nam in Pyongyang yesterday afternoon.', RULE)).toEqual([]);
    expect(pairs(met, 'He met Kim Jong-il in Pyongyang yesterday afternoon.', RULE)).toEqual(['il <- 김정은']);
  });

  it('flags a changed surname, suggesting the conventional spelling', () => {
    const [f] = flagged(source, said('Kang Suk-yeol'), RULE);
    expect(`${f.text} <- ${f.source}`).toBe('Kang <- 윤석열');
    expect(f.issue.suggestions).toEqual(['Yoon']);
    expect(f.issue.message).toBe('“Kang” in “Kang Suk-yeol” is not how the source reads 윤 in 윤석열: Yoon Suk-yeol.');
  });

  it('flags a changed name in Western order', () => {
    const [f] = flagged(source, said('Suk-yool Yoon'), RULE);
    expect(`${f.text} <- ${f.source}`).toBe('yool <- 윤석열');
    expect(f.issue.message).toBe('“yool” in “Suk-yool Yoon” is not how the source reads 열 in 윤석열: Suk-yeol Yoon.');
  });

  it('flags a changed given name after a compound surname', () => {
    expect(pairs('남궁민정 대변인은 정례 브리핑에서 입장을 밝혔다.', 'Spokesperson Namgung Min-yeong stated the position at a regular briefing.', RULE)).toEqual(['yeong <- 남궁민정']);
    expect(pairs('남궁민정 대변인은 정례 브리핑에서 입장을 밝혔다.', 'Spokesperson Namgung Min-jeong stated the position at a regular briefing.', RULE)).toEqual([]);
  });

  it('flags a name of two syllables only with a title beside it in the source, and only a letter off', () => {
    const minister = (name: string) => `Foreign Minister ${name} met his counterpart on Tuesday.`;
    expect(pairs('박진 외교부 장관은 화요일 상대국 장관을 만났다.', minister('Park Jun'), RULE)).toEqual(['Jun <- 박진']);
    expect(pairs('박진 외교부 장관은 화요일 상대국 장관을 만났다.', minister('Park Jin'), RULE)).toEqual([]);
    expect(pairs('박진 외교부 장관은 화요일 상대국 장관을 만났다.', minister('Park Chin'), RULE)).toEqual([]);
    // No title: 박진 may be a word (or a name) the translation renders otherwise.
    expect(pairs('박진이 화요일 상대국 장관을 만났다.', minister('Park Jun'), RULE)).toEqual([]);
    // Another given name altogether, or another surname: two syllables are too little to tell.
    expect(pairs('박진 외교부 장관은 화요일 상대국 장관을 만났다.', minister('Park Hoon'), RULE)).toEqual([]);
    expect(pairs('박진 외교부 장관은 화요일 상대국 장관을 만났다.', minister('Kang Jin'), RULE)).toEqual([]);
  });

  it('does not flag Revised Romanization, McCune–Reischauer (with or without breves) or the press’s forms', () => {
    for (const name of ['Yoon Suk-yeol', 'Yoon Seok-yeol', 'Yun Sok-yol', 'Yun Sŏk-yŏl', 'Yoon Suk Yeol', 'Yoon Sukyeol', 'Suk-yeol Yoon', 'Yun Seok-yeol'])
      expect(pairs(source, said(name), RULE)).toEqual([]);
    for (const name of ['Kim Jong Un', 'Kim Jong-eun', 'Kim Chong-un', 'Gim Jeong-eun', 'Kim Chŏng-ŭn'])
      expect(pairs(source, said('Yoon Suk-yeol', name), RULE)).toEqual([]);
    for (const name of ['Lee Jae-myung', 'Lee Jae-myeong', 'Yi Jae-myong', 'Rhee Jae-myung', 'Jae-myung Lee'])
      expect(pairs(source, said('Yoon Suk-yeol', 'Kim Jong-un', name), RULE)).toEqual([]);
  });

  it('does not flag the press’s whole-syllable forms and conventional surnames', () => {
    const cases: [string, string][] = [
      ['노태우', 'Roh Tae-woo'],
      ['박찬욱', 'Park Chan-wook'],
      ['강경화', 'Kang Kyung-wha'],
      ['한덕수', 'Han Duck-soo'],
      ['최태원', 'Chey Tae-won'],
      ['황교안', 'Hwang Kyo-ahn'],
      ['김영삼', 'Kim Young-sam'],
      ['정주영', 'Chung Ju-yung'],
      ['유승민', 'Yoo Seong-min'],
      ['리선권', 'Ri Son-gwon'],
      ['최룡해', "Ch'oe Ryong-hae"],
    ];
    for (const [hangul, name] of cases)
      expect(pairs(`${hangul} 씨는 이날 기자들과 만나 입장을 밝혔다.`, `${name} met reporters that day and stated his position.`, RULE), name).toEqual([]);
  });

  it('does not flag names followed by particles or titles in the source', () => {
    expect(pairs('김정은의 여동생 김여정은 담화를 발표했다.', "Kim Jong-un's sister Kim Yo-jong issued a statement.", RULE)).toEqual([]);
    expect(pairs('정민수 장관과 한지원 차관이 이재명대표를 만났다.', 'Minister Jung Min-soo and Vice Minister Han Ji-won met party leader Lee Jae-myung.', RULE)).toEqual([]);
  });

  it('does not flag a name the source lacks, nor one it gives in another paragraph', () => {
    // The source names the leader by surname and title only; 이재민 (displaced people) is not his name.
    expect(pairs('이 대표는 이재민 지원책을 발표했다.', 'Lee Jae-myung announced support measures for displaced people.', RULE)).toEqual([]);
    expect(pairs('김 위원장은 이재민 지원책을 발표했다.', 'Kim Jae-min announced support measures for displaced people.', RULE)).toEqual([]);
    expect(pairs('이 장관은 이상한 소문을 부인했다.', 'Minister Lee Sang-min denied the strange rumour.', RULE)).toEqual([]);
    // With a title beside it, the source word is a name: the bare surname elsewhere does not hide it.
    expect(pairs('이상한 장관은 소문을 부인했다. 이 장관은 웃었다.', 'Minister Lee Sang-min denied the rumour. Lee laughed.', RULE)).toEqual(['min <- 이상한']);
    expect(pairs('대통령은 담화를 발표했다.', 'President Yoon Suk-yool issued a statement.', RULE)).toEqual([]);
    const two = '윤석열 대통령은 담화를 발표했다.\n\n윤석현 비서관은 이를 설명했다.';
    expect(pairs(two, 'President Yoon Suk-yeol issued a statement.\n\nSecretary Yoon Suk-yeol explained it.', RULE)).toEqual([]);
  });

  it('does not flag place names in their English forms', () => {
    expect(
      pairs('서울과 평양, 부산, 판문점, 개성에서 행사가 열렸다.', 'Events were held in Seoul and Pyongyang, Pusan, Panmunjom and Kaesong.', RULE),
    ).toEqual([]);
    expect(pairs('인천 송도에서 회의가 열렸다.', 'The meeting was held in Inchon Songdo.', RULE)).toEqual([]);
  });

  it('does not flag names the source writes in Latin letters, nor English words', () => {
    expect(pairs('BTS의 RM은 Samsung 광고에 출연했다.', 'BTS member RM appeared in a Samsung advertisement.', RULE)).toEqual([]);
    expect(pairs('Hana Bank 측은 성명을 냈다.', 'Hana Bank issued a statement.', RULE)).toEqual([]);
    expect(pairs('윤석열 대통령은 말했다.', 'The Man Who Knew said it.', RULE)).toEqual([]);
  });

  it('does not flag when the source is not Korean', () => {
    expect(pairs('尹锡悦总统1日在国务会议上发表了经济政策。', said('Yoon Suk-yool'), RULE)).toEqual([]);
    expect(pairs('Le président Yoon Suk-yeol a présenté la politique économique.', said('Yoon Suk-yool'), RULE)).toEqual([]);
  });

  it('does not flag the names of a paragraph that does not translate its source', () => {
    expect(pairs(source, said('Yoon Suk-yool'), RULE)).toEqual(['yool <- 윤석열']);
    expect(
      pairs(source, 'Park Ji-hoon, Choi Min-ah and Jang Dong-gun met Yoon Suk-yool in Daejeon with Song Hye-jin.', RULE),
    ).toEqual([]);
  });
});

// Correct translations of invented Korean news paragraphs, several names each, and one name
// changed in each: none of the first raises anything, every changed name is found.
const audit: { source: string; translation: string; planted: [string, string]; found: string }[] = [
  {
    source: '박민호 국민의힘 원내대표는 3일 국회에서 기자회견을 열고 최지영 더불어민주당 의원과 함께 저출생 대책 법안을 공동 발의하겠다고 밝혔다. 박 원내대표는 "여야가 힘을 모아야 한다"고 말했다.',
    translation: 'Park Min-ho, floor leader of the People Power Party, held a press conference at the National Assembly on the 3rd and said he would jointly propose a bill on low birth rates with Choi Ji-young of the Democratic Party. "The ruling and opposition parties must join forces," Park said.',
    planted: ['Choi Ji-young', 'Choi Ji-yeon'],
    found: 'yeon <- 최지영 (yeong)',
  },
  {
    source: '조선중앙통신은 김정은 국무위원장이 평양에서 열린 군사 열병식에 참석했다고 보도했다. 리병철 당 비서와 현영수 총참모장이 김 위원장을 수행했다.',
    translation: 'The Korean Central News Agency reported that State Affairs Commission Chairman Kim Jong Un attended a military parade in Pyongyang. Party Secretary Ri Pyong-chol and Chief of General Staff Hyon Yong-su accompanied Kim.',
    planted: ['Hyon Yong-su', 'Hyon Yong-so'],
    found: 'so <- 현영수 (su)',
  },
  {
    source: '삼성전자 이준혁 사장은 10일 서울 서초사옥에서 열린 간담회에서 올해 반도체 투자를 20% 늘리겠다고 말했다. 이 자리에는 SK하이닉스의 한수연 부사장도 참석했다.',
    translation: "Samsung Electronics President Lee Jun-hyuk said at a meeting at the company's Seocho building in Seoul on the 10th that it would increase semiconductor investment by 20% this year. Han Su-yeon, vice president of SK Hynix, also attended.",
    planted: ['Lee Jun-hyuk', 'Lee Jin-hyuk'],
    found: 'Jin <- 이준혁 (Jun)',
  },
  {
    source: '토트넘의 손민재가 22일 열린 리그 경기에서 두 골을 넣었다. 경기 후 안지훈 감독은 "손민재는 팀의 중심"이라고 칭찬했다. 대표팀 주장 정태웅도 축하 메시지를 보냈다.',
    translation: 'Tottenham\'s Son Min-jae scored two goals in a league match on the 22nd. After the match, coach Ahn Ji-hoon praised him, saying, "Son Min-jae is the heart of the team." National team captain Jung Tae-woong also sent a congratulatory message.',
    planted: ['Jung Tae-woong', 'Jung Tae-wook'],
    found: 'wook <- 정태웅 (woong)',
  },
  {
    source: '영화감독 봉재현의 신작이 칸 영화제 경쟁 부문에 초청됐다. 주연을 맡은 배우 김서윤과 한국계 미국인 배우 제임스 박도 레드카펫에 선다.',
    translation: "Director Jae-hyun Bong's new film has been invited to the competition section of the Cannes Film Festival. Lead actress Kim Seo-yoon and Korean-American actor James Park will also walk the red carpet.",
    planted: ['Jae-hyun Bong', 'Jae-hyuk Bong'],
    found: 'hyuk <- 봉재현 (hyun)',
  },
  {
    source: '부산시는 태풍 피해 복구를 위해 150억 원을 긴급 투입한다고 4일 밝혔다. 오세진 부산시장은 해운대구를 방문해 주민들을 위로했다. 행정안전부 고명훈 차관도 현장을 점검했다.',
    translation: 'The city of Busan said on the 4th that it would urgently put in 15 billion won to repair typhoon damage. Busan Mayor Oh Se-jin visited Haeundae-gu to comfort residents. Vice Minister of the Interior and Safety Ko Myung-hoon also inspected the site.',
    planted: ['Oh Se-jin', 'Oh Se-jun'],
    found: 'jun <- 오세진 (jin)',
  },
  {
    source: '남궁민정 외교부 대변인은 정례 브리핑에서 "한미 동맹은 굳건하다"고 말했다. 그는 황보석진 국장이 다음 주 워싱턴을 방문한다고 덧붙였다.',
    translation: 'Foreign Ministry spokesperson Namgung Min-jeong said at a regular briefing that "the South Korea-US alliance is solid." She added that Director-General Hwangbo Seok Jin would visit Washington next week.',
    planted: ['Hwangbo Seok Jin', 'Hwangbo Seok Jun'],
    found: 'Jun <- 황보석진 (Jin)',
  },
  {
    source: '조 바이든 미국 대통령은 한덕진 국무총리와 통화하고 판문점 선언의 의미를 되새겼다. 두 정상은 개성 공단 재가동 문제도 논의했다.',
    translation: 'US President Joe Biden spoke by phone with Prime Minister Han Deok-jin and reflected on the meaning of the Panmunjom Declaration. The two leaders also discussed resuming the Kaesong industrial complex.',
    planted: ['Han Deok-jin', 'Kang Deok-jin'],
    found: 'Kang <- 한덕진 (Han)',
  },
  {
    source: '북한 외무성의 최선희 제1부상은 담화에서 한미 연합훈련을 비난했다. 담화는 김여정 부부장의 성명이 나온 지 이틀 만에 발표됐다.',
    translation: "North Korea's First Vice Foreign Minister Ch'oe Sŏn-hŭi condemned the joint South Korea-US exercises in a statement. It came two days after a statement by Vice Department Director Kim Yŏ-jŏng.",
    planted: ["Ch'oe Sŏn-hŭi", "Ch'oe Sŏng-hŭi"],
    found: 'Sŏng <- 최선희 (Sŏn)',
  },
  {
    source: '서훈 국가안보실장은 조국 전 장관과 함께 청와대에서 기자들을 만났다. 서 실장은 "조국을 위해 일하겠다"고 말했다.',
    translation: 'National Security Adviser Suh Hoon met reporters at Cheong Wa Dae with former minister Cho Kuk. "I will work for my country," Suh said.',
    planted: ['Cho Kuk', 'Cho Kok'],
    found: 'Kok <- 조국 (Kuk)',
  },
];

describe('name-romanisation-ko on invented news paragraphs', () => {
  it('does not flag any name of the correct translations', () => {
    const all = audit.flatMap((a) => pairs(a.source, a.translation, RULE));
    expect(all).toEqual([]);
    // All of them at once, as one article: aligned paragraph by paragraph.
    expect(pairs(audit.map((a) => a.source).join('\n\n'), audit.map((a) => a.translation).join('\n\n'), RULE)).toEqual([]);
  });

  it('flags the one changed name of each, with the source’s spelling', () => {
    for (const a of audit) {
      expect(a.translation).toContain(a.planted[0]);
      const planted = a.translation.replace(a.planted[0], a.planted[1]);
      const found = flagged(a.source, planted, RULE).map((f) => `${f.text} <- ${f.source} (${f.issue.suggestions?.join(', ')})`);
      expect(found, a.planted[1]).toEqual([a.found]);
    }
  });
});

describe('hangul tables', () => {
  it('decomposes a syllable into its jamo', () => {
    expect(jamoOf('윤')).toEqual({ initial: 11, medial: 17, final: 4 });
    expect(jamoOf('가')).toEqual({ initial: 0, medial: 0, final: 0 });
    expect(jamoOf('a')).toBeNull();
  });

  it('reads a word as Korean only when it splits wholly into syllables', () => {
    for (const w of ['suk-yeol', 'jaein', 'ahn', 'pyongyang', 'chong-un']) expect(readsAsKorean(w), w).toBe(true);
    for (const w of ['president', 'meets', 'biden-x', 'strength']) expect(readsAsKorean(w), w).toBe(false);
  });

  it('refuses broken tables, naming the file', () => {
    const { ㄱ: _, ...initials } = hangulData.initials;
    expect(() => readHangulTables({ ...hangulData, initials })).toThrow(RuleDataError);
    expect(() => readHangulTables({ ...hangulData, initials })).toThrow(/src\/core\/bilingual\/data\/hangul\.json: "initials"\."ㄱ"/);
    expect(() => readHangulTables({ ...hangulData, medials: { ...hangulData.medials, x: hangulData.medials.ㅏ } })).toThrow(/"medials" has a key "x"/);
    expect(() => readHangulTables({ ...hangulData, surnames: { 김: ['Kim 1'] } })).toThrow(/"surnames"/);
    expect(() => readHangulTables({ ...hangulData, exonyms: ['seoul'] })).toThrow(/"exonyms"/);
    expect(() => readHangulTables({ ...hangulData, particles: ['eun'] })).toThrow(/"particles"/);
    expect(() => readHangulTables({ ...hangulData, titles: 'daetongnyeong' })).toThrow(/"titles"/);
  });
});

// Invented sentences naming foreign leaders, firms and places that a Korean source writes in
// Hangul (메르켈, 우버, 후티), some of whose names read as Korean syllables (Hun Manet, To Lam,
// Lai Ching-te): their own English spellings.
const foreignNames: [string, string][] = [
  ['독일의 앙겔라 메르켈 전 총리가 베를린에서 회고록을 발표했다.', 'Former German Chancellor Angela Merkel presented her memoir in Berlin.'],
  ['미국 차량공유 업체 우버가 서울에서 새 서비스를 시작했다.', 'US ride-hailing company Uber launched a new service in Seoul.'],
  ['예멘의 후티 반군이 홍해에서 선박을 공격했다.', 'Yemen\'s Houthi rebels attacked a ship in the Red Sea.'],
  ['앤서니 앨버니지 호주 총리가 캔버라에서 연설했다.', 'Australian Prime Minister Anthony Albanese gave a speech in Canberra.'],
  ['도널드 트럼프 미국 대통령이 워싱턴에서 기자회견을 했다.', 'US President Donald Trump held a press conference in Washington.'],
  ['조르자 멜로니 이탈리아 총리가 로마에서 회의를 열었다.', 'Italian Prime Minister Giorgia Meloni held a meeting in Rome.'],
  ['마크 저커버그 메타 최고경영자가 새 안경을 선보였다.', 'Meta chief executive Mark Zuckerberg showed off new glasses.'],
  ['기시다 후미오 일본 총리가 도쿄에서 기자들과 만났다.', 'Japanese Prime Minister Fumio Kishida met reporters in Tokyo.'],
  ['이시바 시게루 일본 총리가 도쿄에서 말했다.', 'Japanese Prime Minister Shigeru Ishiba said in Tokyo.'],
  ['시진핑 중국 국가주석이 베이징에서 회담을 했다.', 'Chinese President Xi Jinping held talks in Beijing.'],
  ['리시 수낵 영국 총리가 런던에서 연설했다.', 'British Prime Minister Rishi Sunak gave a speech in London.'],
  ['마크 카니 캐나다 총리가 오타와에서 무역에 대해 말했다.', 'Canadian Prime Minister Mark Carney spoke about trade in Ottawa.'],
  ['하마스 지도자 야히야 신와르의 사망이 확인됐다.', 'The death of Hamas leader Yahya Sinwar was confirmed.'],
  ['베냐민 네타냐후 이스라엘 총리가 성명을 냈다.', 'Israeli Prime Minister Benjamin Netanyahu issued a statement.'],
  ['키어 스타머 영국 총리가 런던에서 기자회견을 했다.', 'British Prime Minister Keir Starmer held a press conference in London.'],
  ['응우옌 푸 쫑 베트남 공산당 서기장이 하노이에서 회의를 주재했다.', 'Vietnamese Communist Party General Secretary Nguyen Phu Trong chaired a meeting in Hanoi.'],
  ['또 럼 베트남 주석이 서울을 방문했다.', 'Vietnamese President To Lam visited Seoul.'],
  ['우르줄라 폰데어라이엔 유럽연합 집행위원장이 말했다.', 'European Commission President Ursula von der Leyen said.'],
  ['마르크 뤼터 나토 사무총장이 브뤼셀에서 회의를 열었다.', 'NATO Secretary General Mark Rutte held a meeting in Brussels.'],
  ['차이잉원 대만 전 총통이 연설했다.', 'Former Taiwanese President Tsai Ing-wen gave a speech.'],
  ['라이칭더 대만 총통이 타이베이에서 말했다.', 'Taiwanese President Lai Ching-te said in Taipei.'],
  ['훈 마넷 캄보디아 총리가 서울에 도착했다.', 'Cambodian Prime Minister Hun Manet arrived in Seoul.'],
];

describe('name-romanisation-ko on foreign names', () => {
  it('does not flag a foreign name the source writes in Hangul, in its own spelling', () => {
    expect(foreignNames.flatMap(([source, translation]) => pairs(source, translation, RULE))).toEqual([]);
  });
});
