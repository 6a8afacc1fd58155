// A grid of invented news sentences, one frame per source language, with dates in each language's
// usual forms; each rendered in English in several correct forms, then with its day, month, year or
// weekday changed. Every planted change must be flagged by date-mismatch, no correct form flagged.
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/core';
const checker = createChecker();
const EN_M = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_W = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
type Fmt = (d: number, m: number, y: number, w: number) => string;
interface Lang {
  code: string;
  frame: string;
  en: string;
  months: string[];
  weekdays: string[];
  formats: Fmt[];
}
const L: Lang[] = [
  {
    code: 'fra',
    frame:
      'Le ministre de la Santé a annoncé {DATE} un nouveau plan pour les hôpitaux publics, doté de trois milliards d’euros.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion euros.',
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    formats: [
      (d, m, y, w) => `${L[0].weekdays[w]} ${d === 1 ? '1er' : d} ${L[0].months[m]} ${y}`,
      (d, m) => `le ${d} ${L[0].months[m]}`,
    ],
  },
  {
    code: 'spa',
    frame:
      'El ministro de Sanidad anunció {DATE} un nuevo plan para los hospitales públicos, dotado con tres mil millones de euros.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion euros.',
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    formats: [
      (d, m, y, w) => `el ${L[1].weekdays[w]} ${d} de ${L[1].months[m]} de ${y}`,
      (d, m) => `el ${d} de ${L[1].months[m]}`,
    ],
  },
  {
    code: 'deu',
    frame:
      'Der Gesundheitsminister kündigte {DATE} einen neuen Plan für die öffentlichen Krankenhäuser an, der drei Milliarden Euro umfasst.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion euros.',
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    formats: [
      (d, m, y, w) => `am ${L[2].weekdays[w]}, dem ${d}. ${L[2].months[m]} ${y},`,
      (d, m) => `am ${d}. ${L[2].months[m]}`,
    ],
  },
  {
    code: 'rus',
    frame:
      'Министр здравоохранения {DATE} объявил о новом плане для государственных больниц стоимостью три миллиарда рублей.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion roubles.',
    months: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    weekdays: ['в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу', 'в воскресенье'],
    formats: [
      (d, m, y, w) => `${L[3].weekdays[w]}, ${d} ${L[3].months[m]} ${y} года,`,
      (d, m) => `${d} ${L[3].months[m]}`,
    ],
  },
  {
    code: 'pol',
    frame: 'Minister zdrowia ogłosił {DATE} nowy plan dla szpitali publicznych o wartości trzech miliardów złotych.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion zlotys.',
    months: [
      'stycznia',
      'lutego',
      'marca',
      'kwietnia',
      'maja',
      'czerwca',
      'lipca',
      'sierpnia',
      'września',
      'października',
      'listopada',
      'grudnia',
    ],
    weekdays: ['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę'],
    formats: [(d, m, y, w) => `${L[4].weekdays[w]} ${d} ${L[4].months[m]} ${y} r.`, (d, m) => `${d} ${L[4].months[m]}`],
  },
  {
    code: 'ita',
    frame:
      'Il ministro della Salute ha annunciato {DATE} un nuovo piano per gli ospedali pubblici, del valore di tre miliardi di euro.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion euros.',
    months: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    formats: [(d, m, y, w) => `${L[5].weekdays[w]} ${d} ${L[5].months[m]} ${y}`, (d, m) => `il ${d} ${L[5].months[m]}`],
  },
  {
    code: 'por',
    frame:
      'O ministro da Saúde anunciou {DATE} um novo plano para os hospitais públicos, no valor de três mil milhões de euros.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion euros.',
    months: [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    formats: [
      (d, m, y, w) => `na ${L[6].weekdays[w]}, ${d} de ${L[6].months[m]} de ${y},`,
      (d, m) => `em ${d} de ${L[6].months[m]}`,
    ],
  },
  {
    code: 'tur',
    frame: 'Sağlık Bakanı {DATE} kamu hastaneleri için üç milyar lira değerinde yeni bir plan açıkladı.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion lira.',
    months: [
      'Ocak',
      'Şubat',
      'Mart',
      'Nisan',
      'Mayıs',
      'Haziran',
      'Temmuz',
      'Ağustos',
      'Eylül',
      'Ekim',
      'Kasım',
      'Aralık',
    ],
    weekdays: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
    formats: [
      (d, m, y, w) => `${d} ${L[7].months[m]} ${y} ${L[7].weekdays[w]} günü`,
      (d, m) => `${d} ${L[7].months[m]}'da`,
    ],
  },
  {
    code: 'cmn',
    frame: '卫生部长{DATE}宣布了一项针对公立医院的新计划，总额达三十亿元。',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion yuan.',
    months: [],
    weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
    formats: [(d, m, y, w) => `${y}年${m + 1}月${d}日（${L[8].weekdays[w]}）`, (d) => `${d}日`],
  },
  {
    code: 'jpn',
    frame: '厚生労働大臣は{DATE}、公立病院を対象とした総額三十億円の新たな計画を発表した。',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion yen.',
    months: [],
    weekdays: ['月', '火', '水', '木', '金', '土', '日'],
    formats: [(d, m, y, w) => `${y}年${m + 1}月${d}日（${L[9].weekdays[w]}）`, (d) => `${d}日`],
  },
  {
    code: 'kor',
    frame: '보건부 장관은 {DATE} 공립 병원을 위한 30억 원 규모의 새로운 계획을 발표했다.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth 3 billion won.',
    months: [],
    weekdays: ['월', '화', '수', '목', '금', '토', '일'],
    formats: [(d, m, y, w) => `${y}년 ${m + 1}월 ${d}일(${L[10].weekdays[w]})`, (d) => `지난 ${d}일`],
  },
  {
    code: 'arb',
    frame: 'أعلن وزير الصحة {DATE} عن خطة جديدة للمستشفيات العامة بقيمة ثلاثة مليارات دولار.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion dollars.',
    months: [
      'يناير',
      'فبراير',
      'مارس',
      'أبريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس',
      'سبتمبر',
      'أكتوبر',
      'نوفمبر',
      'ديسمبر',
    ],
    weekdays: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
    formats: [
      (d, m, y, w) => `يوم ${L[11].weekdays[w]} ${d} ${L[11].months[m]} ${y}`,
      (d, m) => `في ${d} ${L[11].months[m]}`,
    ],
  },
  {
    code: 'ukr',
    frame:
      'Міністр охорони здоров’я {DATE} оголосив про новий план для державних лікарень вартістю три мільярди гривень.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion hryvnias.',
    months: [
      'січня',
      'лютого',
      'березня',
      'квітня',
      'травня',
      'червня',
      'липня',
      'серпня',
      'вересня',
      'жовтня',
      'листопада',
      'грудня',
    ],
    weekdays: ['у понеділок', 'у вівторок', 'у середу', 'у четвер', 'у п’ятницю', 'у суботу', 'у неділю'],
    formats: [
      (d, m, y, w) => `${L[12].weekdays[w]}, ${d} ${L[12].months[m]} ${y} року,`,
      (d, m) => `${d} ${L[12].months[m]}`,
    ],
  },
  {
    code: 'nld',
    frame:
      'De minister van Volksgezondheid heeft {DATE} een nieuw plan voor de openbare ziekenhuizen aangekondigd, ter waarde van drie miljard euro.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion euros.',
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    formats: [
      (d, m, y, w) => `op ${L[13].weekdays[w]} ${d} ${L[13].months[m]} ${y}`,
      (d, m) => `op ${d} ${L[13].months[m]}`,
    ],
  },
  {
    code: 'ind',
    frame: 'Menteri Kesehatan mengumumkan {DATE} rencana baru untuk rumah sakit umum senilai tiga miliar rupiah.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion rupiah.',
    months: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
    weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    formats: [
      (d, m, y, w) => `pada hari ${L[14].weekdays[w]}, ${d} ${L[14].months[m]} ${y},`,
      (d, m) => `pada ${d} ${L[14].months[m]}`,
    ],
  },
  {
    code: 'ces',
    frame: 'Ministr zdravotnictví oznámil {DATE} nový plán pro veřejné nemocnice v hodnotě tří miliard korun.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion crowns.',
    months: [
      'ledna',
      'února',
      'března',
      'dubna',
      'května',
      'června',
      'července',
      'srpna',
      'září',
      'října',
      'listopadu',
      'prosince',
    ],
    weekdays: ['v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek', 'v sobotu', 'v neděli'],
    formats: [
      (d, m, y, w) => `${L[15].weekdays[w]} ${d}. ${L[15].months[m]} ${y}`,
      (d, m) => `${d}. ${L[15].months[m]}`,
    ],
  },
  {
    code: 'ron',
    frame:
      'Ministrul Sănătății a anunțat {DATE} un nou plan pentru spitalele publice, în valoare de trei miliarde de lei.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion lei.',
    months: [
      'ianuarie',
      'februarie',
      'martie',
      'aprilie',
      'mai',
      'iunie',
      'iulie',
      'august',
      'septembrie',
      'octombrie',
      'noiembrie',
      'decembrie',
    ],
    weekdays: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
    formats: [
      (d, m, y, w) => `${L[16].weekdays[w]}, ${d} ${L[16].months[m]} ${y},`,
      (d, m) => `pe ${d} ${L[16].months[m]}`,
    ],
  },
  {
    code: 'ell',
    frame:
      'Ο υπουργός Υγείας ανακοίνωσε {DATE} ένα νέο σχέδιο για τα δημόσια νοσοκομεία, ύψους τριών δισεκατομμυρίων ευρώ.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion euros.',
    months: [
      'Ιανουαρίου',
      'Φεβρουαρίου',
      'Μαρτίου',
      'Απριλίου',
      'Μαΐου',
      'Ιουνίου',
      'Ιουλίου',
      'Αυγούστου',
      'Σεπτεμβρίου',
      'Οκτωβρίου',
      'Νοεμβρίου',
      'Δεκεμβρίου',
    ],
    weekdays: ['τη Δευτέρα', 'την Τρίτη', 'την Τετάρτη', 'την Πέμπτη', 'την Παρασκευή', 'το Σάββατο', 'την Κυριακή'],
    formats: [
      (d, m, y, w) => `${L[17].weekdays[w]} ${d} ${L[17].months[m]} ${y}`,
      (d, m) => `στις ${d} ${L[17].months[m]}`,
    ],
  },
  {
    code: 'hun',
    frame:
      'Az egészségügyi miniszter {DATE} új tervet jelentett be a közkórházak számára, hárommilliárd forint értékben.',
    en: 'The health minister announced {DATE} a new plan for public hospitals, worth three billion forints.',
    months: [
      'január',
      'február',
      'március',
      'április',
      'május',
      'június',
      'július',
      'augusztus',
      'szeptember',
      'október',
      'november',
      'december',
    ],
    weekdays: ['hétfőn', 'kedden', 'szerdán', 'csütörtökön', 'pénteken', 'szombaton', 'vasárnap'],
    formats: [
      (d, m, y, w) => `${y}. ${L[18].months[m]} ${d}-én, ${L[18].weekdays[w]},`,
      (d, m) => `${L[18].months[m]} ${d}-én`,
    ],
  },
  {
    code: 'vie',
    frame: 'Bộ trưởng Bộ Y tế đã công bố {DATE} một kế hoạch mới cho các bệnh viện công với tổng trị giá ba tỷ đồng.',
    en: 'The health minister announced {DATE} a new plan for public hospitals worth three billion dong.',
    months: [],
    weekdays: ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'],
    formats: [
      (d, m, y, w) => `vào ${L[19].weekdays[w]}, ngày ${d} tháng ${m + 1} năm ${y},`,
      (d, m) => `ngày ${d}/${m + 1}`,
    ],
  },
];
const ord = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
const EN_FULL: Fmt[] = [
  (d, m, y, w) => `on ${EN_W[w]}, ${EN_M[m]} ${d}, ${y},`,
  (d, m, y, w) => `on ${EN_W[w]} ${d} ${EN_M[m]} ${y}`,
  (d, m, y, w) => `on ${EN_W[w]}, the ${d}${ord(d)} of ${EN_M[m]} ${y},`,
];
const EN_SHORT: Fmt[] = [
  (d, m) => `on ${EN_M[m]} ${d}`,
  (d, m) => `on ${d} ${EN_M[m]}`,
  (d, m) => `on ${EN_M[m]} ${d}${ord(d)}`,
  (d, m) => `on the ${d}${ord(d)} of ${EN_M[m]}`,
  (d, m) => `on ${EN_M[m].slice(0, 3)}. ${d}`,
  (d) => `on the ${d}${ord(d)}`,
];
function run() {
  let planted = 0,
    found = 0,
    falsePos = 0,
    correct = 0;
  const miss: string[] = [];
  const fp: string[] = [];
  for (const lang of L) {
    for (const [d, m, y, w] of [
      [1, 2, 2025, 0],
      [28, 10, 2024, 6],
    ]) {
      for (let f = 0; f < lang.formats.length; f++) {
        const src = lang.frame.replace('{DATE}', lang.formats[f](d, m, y, w));
        const ens = f === 0 ? EN_FULL : EN_SHORT;
        for (const en of ens) {
          const flags = (dd: number, mm: number, yy: number, ww: number) => {
            const t = lang.en.replace('{DATE}', en(dd, mm, yy, ww));
            return {
              t,
              issues: checker
                .check(t, { source: src })
                .issues.filter((i) => i.rule === 'date-mismatch')
                .map((i) => t.slice(i.start, i.end)),
            };
          };
          const ok = flags(d, m, y, w);
          correct++;
          if (ok.issues.length) {
            falsePos++;
            fp.push(`${lang.code} ${src}\n   ${ok.t} -> ${ok.issues}`);
          }
          const plants: [string, number, number, number, number][] = [
            ['day', d === 28 ? 18 : d + 10, m, y, w],
            ['month', d, (m + 1) % 12, y, w],
          ];
          if (f === 0) plants.push(['year', d, m, y + 1, w], ['weekday', d, m, y, (w + 2) % 7]);
          if (lang.code === 'cmn' || lang.code === 'jpn' || lang.code === 'kor') {
            if (f === 1) plants.splice(1, 1);
          }
          for (const [what, dd, mm, yy, ww] of plants) {
            if (en === EN_SHORT[5] && what === 'month') continue;
            const bad = flags(dd, mm, yy, ww);
            planted++;
            if (bad.issues.length) found++;
            else miss.push(`${lang.code} ${what}: ${src}\n   ${bad.t}`);
          }
        }
      }
    }
  }
  return { planted, found, correct, falsePos, miss, fp };
}

describe('date-mismatch on a grid of planted dates', () => {
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    result = run();
  }, 120_000);
  it('flags every planted change of a day, month, year or weekday', () => {
    expect(result.miss).toEqual([]);
    expect(result.found).toBe(result.planted);
    expect(result.planted).toBeGreaterThan(800);
  });
  it('does not flag the dates converted to any correct English form', () => {
    expect(result.fp).toEqual([]);
    expect(result.correct).toBeGreaterThan(300);
  });
});
