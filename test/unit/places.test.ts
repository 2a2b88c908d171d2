import { describe, expect, it } from 'vitest';
import { createPlaceResolver, type Place, type PlaceResolution } from '../../shared/line/places.js';
import { isGsm7Basic } from '../../shared/text.js';
import { eastJavaPack } from '../support/packs.js';

const regions = eastJavaPack().regions;
const resolver = createPlaceResolver(regions, eastJavaPack().aliases, eastJavaPack().lexicon);

function foundCode(result: PlaceResolution): string | undefined {
  return result.kind === 'found' ? result.place.code : undefined;
}

function candidateCodes(result: PlaceResolution): string[] | undefined {
  return result.kind === 'ambiguous' ? result.candidates.map((c) => c.code) : undefined;
}

function alternativeCodes(result: PlaceResolution): string[] | undefined {
  return result.kind === 'found' ? (result.alternatives ?? []).map((c) => c.code) : undefined;
}

/** What a reply would tell the caller to send for `place`: its name and its kab/kota's. */
function hintFor(place: Place): string {
  const kab = resolver.kabKota(place.kabCode);
  return `${place.name} ${kab?.label.replace(/^Kab\. /, '') ?? ''}`;
}

describe('place resolver: one place found', () => {
  it.each([
    // Kab/kota names as typed: any case, stray spaces, split words.
    ['Banyuwangi', '35.10'],
    ['banyuwangi', '35.10'],
    ['  BANYUWANGI  ', '35.10'],
    ['Jember', '35.09'],
    ['surabaya', '35.78'],
    ['Sidoarjo', '35.15'],
    ['gresik', '35.25'],
    ['Lamongan', '35.24'],
    ['tuban', '35.23'],
    ['bojonegoro', '35.22'],
    ['ngawi', '35.21'],
    ['magetan', '35.20'],
    ['ponorogo', '35.02'],
    ['pacitan', '35.01'],
    ['trenggalek', '35.03'],
    ['tulungagung', '35.04'],
    ['tulung agung', '35.04'],
    ['lumajang', '35.08'],
    ['bondowoso', '35.11'],
    ['situbondo', '35.12'],
    ['bangkalan', '35.26'],
    ['sampang', '35.27'],
    ['pamekasan', '35.28'],
    ['sumenep', '35.29'],
    ['nganjuk', '35.18'],
    // Kab. Jombang, though a kecamatan in Jember and two desa share the name.
    ['jombang', '35.17'],
    ['batu', '35.79'],
  ])('kab/kota name %j -> %s', (query, code) => {
    // Prepare / Act
    const result = resolver.resolve(query);

    // Assess
    expect(foundCode(result)).toBe(code);
  });

  it.each([
    ['kota malang', '35.73'],
    ['KOTA MALANG', '35.73'],
    ['Kota Malang', '35.73'],
    ['malang kota', '35.73'],
    ['kab malang', '35.07'],
    ['Kab. Malang', '35.07'],
    ['kabupaten malang', '35.07'],
    ['kota kediri', '35.71'],
    ['kab. kediri', '35.06'],
    ['kota blitar', '35.72'],
    ['kab blitar', '35.05'],
    ['kota probolinggo', '35.74'],
    ['kab probolinggo', '35.13'],
    ['kota pasuruan', '35.75'],
    ['kota mojokerto', '35.76'],
    ['kab mojokerto', '35.16'],
    ['kota madiun', '35.77'],
    ['kab madiun', '35.19'],
    ['kota batu', '35.79'],
    ['Kab. Jember', '35.09'],
    ['Kab.Banyuwangi', '35.10'],
    ['kabupaten banyuwangi', '35.10'],
    // There is no Kota Banyuwangi: the word is taken loosely rather than failing.
    ['kota banyuwangi', '35.10'],
  ])('kota vs kabupaten %j -> %s', (query, code) => {
    const result = resolver.resolve(query);

    expect(foundCode(result)).toBe(code);
  });

  it.each([
    ['banyuwang', '35.10'],
    ['bayuwangi', '35.10'],
    ['banyuwagi', '35.10'],
    ['surbaya', '35.78'],
    ['surabya', '35.78'],
    ['jembr', '35.09'],
    ['sidoarjp', '35.15'],
    ['lamngan', '35.24'],
    ['bojonegor', '35.22'],
    ['pamekasn', '35.28'],
    ['tulungagng', '35.04'],
    ['situbndo', '35.12'],
    ['rogojampy', '35.10.13'],
    ['glenmor', '35.10.10'],
    ['lowokwru', '35.73.05'],
  ])('typo %j -> %s', (query, code) => {
    const result = resolver.resolve(query);

    expect(foundCode(result)).toBe(code);
  });

  it.each([
    ['sby', '35.78'],
    ['SBY', '35.78'],
    ['suroboyo', '35.78'],
    ['bwi', '35.10'],
    ['jbr', '35.09'],
    ['sda', '35.15'],
    ['gsk', '35.25'],
    ['lmg', '35.24'],
    ['tbn', '35.23'],
    ['bjn', '35.22'],
    ['ngw', '35.21'],
    ['pnr', '35.02'],
    ['tga', '35.03'],
    ['tlg', '35.04'],
    ['lmj', '35.08'],
    ['bws', '35.11'],
    ['sit', '35.12'],
    ['bkl', '35.26'],
    ['spg', '35.27'],
    ['pmk', '35.28'],
    ['smp', '35.29'],
    ['smn', '35.29'],
    ['btu', '35.79'],
    ['ngj', '35.18'],
    ['jbg', '35.17'],
    ['mgt', '35.20'],
    ['pct', '35.01'],
    ['kota mlg', '35.73'],
    ['kab mlg', '35.07'],
  ])('abbreviation %j -> %s', (query, code) => {
    const result = resolver.resolve(query);

    expect(foundCode(result)).toBe(code);
  });

  it.each([
    ['rogojampi', '35.10.13'],
    ['muncar', '35.10.05'],
    ['glenmore', '35.10.10'],
    ['kalibaru', '35.10.11'],
    ['klojen', '35.73.02'],
    ['lowokwaru', '35.73.05'],
    ['pare', '35.06.17'],
    ['wlingi', '35.05.17'],
    ['bangil', '35.14.14'],
    ['sangkapura', '35.25.17'],
    ['kec. sempu', '35.10.20'],
    ['Kec Sempu', '35.10.20'],
    ['kec.sempu', '35.10.20'],
    ['kecamatan sempu', '35.10.20'],
    ['karangploso', '35.07.23'],
    ['karang ploso', '35.07.23'],
    ['guluk guluk', '35.29.09'],
    ['Guluk-Guluk', '35.29.09'],
    // The 2020 spelling of Pajarakan.
    ['pejarakan', '35.13.16'],
    // A kecamatan whose name starts with "Kota".
    ['kota sumenep', '35.29.01'],
    // A kecamatan named Kota, and the level word alone.
    ['kota, kota kediri', '35.71.02'],
    ['kec kota', '35.71.02'],
  ])('kecamatan %j -> %s', (query, code) => {
    const result = resolver.resolve(query);

    expect(foundCode(result)).toBe(code);
  });

  it.each([
    ['kemiren', '35.10.15.2004'],
    ['desa kemiren', '35.10.15.2004'],
    ['Ds. Kemiren, Banyuwangi', '35.10.15.2004'],
    ['kalipait', '35.10.04.2009'],
    ['genteng wetan', '35.10.09.2002'],
    ['kel. dr. soetomo', '35.78.05.1002'],
    ['Barurambat Kota', '35.28.04.1014'],
    ['ds sempu banyuwangi', '35.10.20.2001'],
    ['kel genteng', '35.78.07.1002'],
    // The 2020 spelling of Ngulankulon.
    ['ngulangkulon', '35.03.12.2005'],
  ])('desa/kelurahan %j -> %s', (query, code) => {
    const result = resolver.resolve(query);

    expect(foundCode(result)).toBe(code);
  });

  it.each([
    ['sempu banyuwangi', '35.10.20'],
    ['sempu, banyuwangi', '35.10.20'],
    ['Sempu - Banyuwangi', '35.10.20'],
    ['sempu/banyuwangi', '35.10.20'],
    ['genteng sby', '35.78.07'],
    ['genteng, banyuwangi', '35.10.09'],
    ['kec genteng kab banyuwangi', '35.10.09'],
    ['genteng kota surabaya', '35.78.07'],
    ['Kec. Genteng, Kota Surabaya', '35.78.07'],
    ['banyuwangi genteng', '35.10.09'],
    ['taman sidoarjo', '35.15.13'],
    ['taman madiun', '35.77.03'],
    ['waru sidoarjo', '35.15.18'],
    ['waru pamekasan', '35.28.10'],
    ['tegalsari sby', '35.78.05'],
    ['blimbing malang', '35.73.01'],
    ['sempu kediri', '35.06.07.2001'],
    ['sempu pacitan', '35.01.07.2003'],
    // Desa, kecamatan and kabupaten, wrapped in everyday words.
    ['saya di desa sempu kecamatan sempu kabupaten banyuwangi', '35.10.20.2001'],
    // One "pacitan" is the kecamatan, the other the kabupaten: the Ploso in the town.
    ['ploso pacitan pacitan', '35.01.04.1002'],
    ['rs dekat jember', '35.09'],
    ['jember, jawa timur', '35.09'],
    // A level word people write for a kota.
    ['kodya kediri', '35.71'],
  ])('with its parent %j -> %s', (query, code) => {
    const result = resolver.resolve(query);

    expect(foundCode(result)).toBe(code);
  });

  it.each([
    // A facility named after its place, or with a name of its own before the place.
    ['puskesmas kalibaru', '35.10.11'],
    ['Puskesmas Kec. Kalibaru', '35.10.11'],
    ['pkm rogojampi', '35.10.13'],
    ['klinik di porong', '35.15.04'],
    ['rs sempu pacitan', '35.01.07.2003'],
    ['rumah sakit genteng banyuwangi', '35.10.09'],
    ['rsud kab malang', '35.07'],
    ['rs bhayangkara surabaya', '35.78'],
    ['klinik pratama sehat sentosa jember', '35.09'],
    // A street's name is never the place: the place written after it is.
    ['jl. ahmad yani surabaya', '35.78'],
    ['Jl. Ahmad Yani No. 12, Surabaya', '35.78'],
    ['jl ahmad yani kota surabaya', '35.78'],
    ['jl. ahmad yani no 12 rt 3 rw 4 genteng surabaya 60275', '35.78.07'],
    ['jln raya rogojampi banyuwangi', '35.10.13'],
    ['jalan mawar sempu banyuwangi', '35.10.20'],
    ['gg. mawar 5, kalibaru', '35.10.11'],
    ['perum griya asri, krian', '35.15.11'],
    // Dusun, RT/RW, house numbers and postcodes around the desa.
    ['dsn krajan ds kemiren kec glagah kab banyuwangi', '35.10.15.2004'],
    ['dusun krajan sempu', '35.10.20'],
    ['rt 02 rw 03 desa temuguruh sempu', '35.10.20.2004'],
    ['RT.03/RW.05 Kemiren', '35.10.15.2004'],
    ['kode pos 68468 kalibaru', '35.10.11'],
    ['kalibaru 68468', '35.10.11'],
    [
      'jl. letjen s parman gg 3 no 12 rt 03 rw 05 dsn krajan ds sumberejo kec ngasem kab kediri 64182',
      '35.06.25.2002',
    ],
    [
      'puskesmas kalibaru jl raya kalibaru no 5 desa kalibaru kulon kecamatan kalibaru kabupaten banyuwangi',
      '35.10.11.2001',
    ],
    // Level words only ever help: alone before a separator, or "kel." written for a desa.
    ['Desa/Kel: Kemiren', '35.10.15.2004'],
    ['kel kemiren', '35.10.15.2004'],
    ['kecamatan: tegalombo', '35.01.09'],
    ['desa kalipait, kec. tegaldlimo, kab. banyuwangi', '35.10.04.2009'],
    ['desa sumberejo kecamatan ngasem kabupaten kediri', '35.06.25.2002'],
  ])('in an address %j -> %s', (query, code) => {
    const result = resolver.resolve(query);

    expect(foundCode(result)).toBe(code);
  });
});

describe('place resolver: shortened, stretched and wrapped', () => {
  it.each([
    // A kab/kota as some of its consonants.
    ['pnrg', '35.02'],
    ['jmbr', '35.09'],
    ['bjngr', '35.22'],
    // The first part of a compound name cut to its letter.
    ['t.agung', '35.04'],
    ['s.bondo', '35.12'],
    // A letter held down.
    ['sidoarjooo', '35.15'],
  ])('%j -> %s', (query, code) => {
    expect(foundCode(resolver.resolve(query))).toBe(code);
  });

  it.each([
    // Words around the place that are in no list: read again without them.
    ['kulo saking wlingi', '35.05.17'],
    ['rumah mertua di bangil', '35.14.14'],
    ['sby timur', '35.78'],
    ['balai desa kemiren', '35.10.15.2004'],
    // A station's own name is not read as a place a letter or two off.
    ['stasiun kota baru malang', '35.73'],
    // Two places, not one inside the other: the one the sender is at now, else the later one.
    ['asli kediri skrg di gresik', '35.25'],
    ['kerja di jember, tinggal di sempu', '35.10.20'],
    ['posisi di glenmore, asli tuban', '35.10.10'],
    ['kerja di malaysia, rumah di genteng banyuwangi', '35.10.09'],
  ])('%j -> %s', (query, code) => {
    expect(foundCode(resolver.resolve(query))).toBe(code);
  });

  it('reads a kab/kota written as it is as that one, not as a name a letter off inside the other place', () => {
    // "malang" is not Kec. Mayang in Jember.
    expect(candidateCodes(resolver.resolve('jember, lagi di malang'))?.slice(0, 2)).toEqual([
      '35.07',
      '35.73',
    ]);
  });

  it('keeps its word lists out of region names, so dropping one never breaks a name', () => {
    // Each name as its words between spaces, so a phrase is found only as whole words.
    const spaced = [...regions.kabKota, ...regions.kecamatan, ...regions.desa].map(
      (r) => ` ${r.name.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `,
    );
    const { presentPlaceWords = [], outsidePlaceWords = [] } = eastJavaPack().lexicon;
    expect(presentPlaceWords.length).toBeGreaterThan(0);
    expect(outsidePlaceWords.length).toBeGreaterThan(0);
    const inNames = [...presentPlaceWords, ...outsidePlaceWords].filter((w) =>
      spaced.some((n) => n.includes(` ${w} `)),
    );
    expect(inNames).toEqual([]);
  });
});

describe('place resolver: found, with the places it was preferred to', () => {
  it.each([
    // A kecamatan before the desa of its name in other kabupaten.
    ['sempu', '35.10.20', ['35.01.07.2003', '35.02.19.2008', '35.06.07.2001']],
    ['tegalombo', '35.01.09', ['35.02.12.2001']],
    ['ngadirojo', '35.01.11', ['35.02.06.2001']],
    ['kalidawir', '35.04.14', ['35.15.06.2011']],
    ['kertosono', '35.18.08', ['35.03.01.2006', '35.13.09.2005', '35.25.09.2005']],
    ['puskesmas sempu', '35.10.20', ['35.01.07.2003', '35.02.19.2008', '35.06.07.2001']],
    // A kabupaten before the kecamatan or desa of its name in another.
    ['jombang', '35.17', ['35.09.01']],
    ['banyuwangi', '35.10', ['35.25.10.2013']],
  ])('%j -> %s, else %j', (query, code, alternatives) => {
    const result = resolver.resolve(query);

    expect(foundCode(result)).toBe(code);
    expect(alternativeCodes(result)).toEqual(alternatives);
  });

  it.each(['sempu', 'tegalombo', 'ngadirojo', 'kalidawir', 'kertosono', 'jombang', 'banyuwangi'])(
    'each alternative of %j is found when written with its kab/kota',
    (query) => {
      const result = resolver.resolve(query);
      const alternatives = result.kind === 'found' ? (result.alternatives ?? []) : [];

      expect(alternatives.length).toBeGreaterThan(0);
      for (const alternative of alternatives) {
        expect(foundCode(resolver.resolve(hintFor(alternative))), hintFor(alternative)).toBe(
          alternative.code,
        );
      }
    },
  );

  it.each(['sempu banyuwangi', 'kalibaru', 'kec. sempu', 'surabaya', 'pacitan'])(
    '%j has no alternatives: the others of its name lie inside it or by it',
    (query) => {
      const result = resolver.resolve(query);

      expect(result.kind).toBe('found');
      expect(result).not.toHaveProperty('alternatives');
    },
  );

  it('offers at most three alternatives', () => {
    const result = resolver.resolve('kertosono');

    expect(alternativeCodes(result)?.length).toBeLessThanOrEqual(3);
  });
});

describe('place resolver: a choice', () => {
  it.each([
    // Kab. and Kota Malang, then the desa of that name in Magetan.
    ['malang', ['35.07', '35.73', '35.20.11.2004']],
    ['mlg', ['35.07', '35.73']],
    ['ngalam', ['35.07', '35.73']],
    ['kediri', ['35.06', '35.71']],
    ['kdr', ['35.06', '35.71']],
    ['blitar', ['35.05', '35.72']],
    ['blt', ['35.05', '35.72']],
    ['probolinggo', ['35.13', '35.74']],
    ['probolingo', ['35.13', '35.74']],
    ['pasuruan', ['35.14', '35.75']],
    ['pas', ['35.14', '35.75']],
    ['mojokerto', ['35.16', '35.76']],
    ['mjk', ['35.16', '35.76']],
    ['madiun', ['35.19', '35.77']],
    ['mdn', ['35.19', '35.77']],
    ['madura', ['35.26', '35.27', '35.28', '35.29']],
    // Kec. Genteng in Banyuwangi and in Surabaya, and a desa in Bangkalan.
    ['genteng', ['35.10.09', '35.78.07', '35.26.17.2003']],
    ['kec. genteng', ['35.10.09', '35.78.07']],
    ['rsud genteng', ['35.10.09', '35.78.07', '35.26.17.2003']],
    ['waru', ['35.15.18', '35.28.10']],
    // Asked for the desa: Sempu in each of four kabupaten.
    ['ds sempu', ['35.01.07.2003', '35.02.19.2008', '35.06.07.2001', '35.10.20.2001']],
    ['Desa/Kel: Sempu', ['35.01.07.2003', '35.02.19.2008', '35.06.07.2001', '35.10.20.2001']],
    ['ds sumberejo kediri', ['35.06.05.2001', '35.06.13.2007', '35.06.25.2002']],
  ])('%j -> %j', (query, codes) => {
    const result = resolver.resolve(query);

    expect(candidateCodes(result)).toEqual(codes);
    // The whole list fits: there are no more than it shows.
    expect(result.kind === 'ambiguous' && result.total).toBe(codes.length);
  });

  it.each([
    ['ds sumberejo', 25],
    ['sumberejo', 25],
  ])('%j lists six of its %i places and says how many there are', (query, total) => {
    const result = resolver.resolve(query);

    expect(result.kind).toBe('ambiguous');
    expect(result.kind === 'ambiguous' && result.candidates).toHaveLength(6);
    expect(result.kind === 'ambiguous' && result.total).toBe(total);
  });

  it.each([
    ['taman', ['35.15', '35.77']],
    ['tegalsari', ['35.10', '35.78']],
  ])('%j lists the kecamatan (in %j) before desa, and at most six', (query, kecKabs) => {
    const result = resolver.resolve(query);

    expect(result.kind).toBe('ambiguous');
    const candidates = result.kind === 'ambiguous' ? result.candidates : [];
    expect(candidates).toHaveLength(6);
    expect(result.kind === 'ambiguous' && result.total).toBeGreaterThanOrEqual(6);
    expect(candidates.slice(0, 2).map((c) => [c.level, c.kabCode])).toEqual(
      kecKabs.map((kab) => ['kecamatan', kab]),
    );
    expect(candidates.slice(2).every((c) => c.level === 'desa')).toBe(true);
  });
});

describe('place resolver: nothing found', () => {
  it.each([
    '',
    '   ',
    '12345',
    '0',
    '*',
    'kab',
    'asdfgh',
    'qwerty',
    'xyz',
    'zzzz',
    'hello world',
    'jakarta',
    'yogyakarta',
    'bali',
    // One letter from a place of the province, but first letters are rarely mistyped and four-letter
    // names are too close to guess.
    'semarang',
    'lombok',
    'hongkong',
    'solo',
    // A name of the province, said to be in another.
    'rs di bandung jawa barat',
    'waru jawa tengah',
    // Consonants that are texting words, not kab/kota.
    'dkt',
    'brp',
    'skrg',
    'tdk',
    // A long message with no place in it: no word is read as a place a letter or two off.
    'aku wis telung dino ora iso turu',
    'kampung antah berantah',
    'jl merdeka 5',
    // A street, a facility or an address with no place in it.
    'jl. ahmad yani',
    'jalan surabaya',
    'gg. mawar no 3',
    'puskesmas',
    'rt 3 rw 4',
    'xqzv wprt kjhg mnbv',
  ])('%j -> not-found', (query) => {
    const result = resolver.resolve(query);

    expect(result).toEqual({ kind: 'not-found' });
  });
});

describe('place resolver: places', () => {
  it('labels every place in GSM-7 within 40 characters, naming the parent', () => {
    const places: Place[] = [
      ...resolver.kabKotaList(),
      ...regions.kecamatan.flatMap((k) => resolver.byCode('kecamatan', k.code) ?? []),
      ...regions.desa.flatMap((d) => resolver.byCode('desa', d.code) ?? []),
    ];

    expect(places).toHaveLength(38 + 666 + 8494);
    expect(places.filter((p) => p.label.length > 40 || !isGsm7Basic(p.label))).toEqual([]);
    expect(resolver.byCode('kecamatan', '35.10.20')?.label).toBe('Kec. Sempu, Kab. Banyuwangi');
    expect(resolver.byCode('kecamatan', '35.78.07')?.label).toBe('Kec. Genteng, Kota Surabaya');
    expect(resolver.byCode('desa', '35.06.07.2001')?.label).toBe('Ds. Sempu, Kediri');
    expect(resolver.byCode('desa', '35.78.07.1002')?.label).toBe('Kel. Genteng, Surabaya');
  });

  it('carries the point and kab/kota of the region', () => {
    const place = resolver.byCode('kecamatan', '35.10.20');
    const kec = regions.kecByCode('35.10.20');

    expect(place).toMatchObject({
      level: 'kecamatan',
      name: 'Sempu',
      kabCode: '35.10',
      lat: kec?.lat,
      lon: kec?.lon,
    });
  });

  it('lists the 38 kab/kota in code order and finds one by code', () => {
    const list = resolver.kabKotaList();

    expect(list).toHaveLength(38);
    expect(list[0]).toMatchObject({ level: 'kabkota', code: '35.01', label: 'Kab. Pacitan' });
    expect(list.at(-1)).toMatchObject({ code: '35.79', label: 'Kota Batu' });
    expect(resolver.kabKota('35.78')?.label).toBe('Kota Surabaya');
    expect(resolver.kabKota('35.10.20')).toBeUndefined();
    expect(resolver.byCode('desa', '35.10.20')).toBeUndefined();
  });

  it.each([
    [
      'puskesmas aa bb cc dd, klinik ee ff hh ii, rs jj kk ll mm, jl. nn oo pp qq, sempu banyuwangi',
      'Kec. Sempu, Kab. Banyuwangi',
    ],
    [
      'rs sumberejo sumberejo sumberejo sumberejo rs sumberejo sumberejo sumberejo sumberejo sumberejo',
      'Ds. Sumberejo, Pacitan',
    ],
  ])('reads the place out of a long message of facility words and repeats: %j', (query, label) => {
    const result = resolver.resolve(query);
    const top =
      result.kind === 'found' ? result.place : result.kind === 'ambiguous' ? result.candidates[0] : undefined;
    expect(top?.label).toBe(label);
  });
});

describe('slips and names outside the province', () => {
  const places = resolver;
  const top = (r: PlaceResolution): string | undefined =>
    r.kind === 'found' ? r.place.code : r.kind === 'ambiguous' ? r.candidates[0]?.code : undefined;

  it('reads two letters swapped as one typo: "pacitna" is Kab. Pacitan', () => {
    expect(top(places.resolve('pacitna'))).toBe('35.01');
  });

  it('reads a city of another province written in two words as one outside place', () => {
    expect(places.resolve('jakarta timur').kind).toBe('not-found');
    expect(places.resolve('lagi di klaten').kind).toBe('not-found');
  });
});

describe('groups of kab/kota and places outside', () => {
  it('reads a kab/kota written with the island it is on as that kab/kota, not its same-named town', () => {
    expect(foundCode(resolver.resolve('bangkalan madura'))).toBe('35.26');
    expect(foundCode(resolver.resolve('sumenep, madura'))).toBe('35.29');
  });

  it('still offers the whole group when only the group is named', () => {
    expect(candidateCodes(resolver.resolve('madura'))).toEqual(['35.26', '35.27', '35.28', '35.29']);
  });

  it('reads "kt" after a name as kota', () => {
    expect(foundCode(resolver.resolve('pasuruan kt'))).toBe('35.75');
  });

  it('finds nothing in a city of another province with its level word, nor in "out of town"', () => {
    expect(resolver.resolve('jogja kota').kind).toBe('not-found');
    expect(resolver.resolve('lagi di luar kota').kind).toBe('not-found');
    expect(foundCode(resolver.resolve('jakarta kota, skrg di kota batu'))).toBe('35.79');
  });
});

describe('old spellings and words run together', () => {
  it("reads a name in the spelling before 1972 as today's", () => {
    expect(foundCode(resolver.resolve('soerabaja'))).toBe('35.78');
    expect(foundCode(resolver.resolve('djember'))).toBe('35.09');
    expect(foundCode(resolver.resolve('banjoewangi'))).toBe('35.10');
    expect(foundCode(resolver.resolve('toeban'))).toBe('35.23');
  });

  it('reads a level word written onto a name, but not a name that begins like one', () => {
    expect(foundCode(resolver.resolve('kotabatu'))).toBe('35.79');
    expect(foundCode(resolver.resolve('kabjember'))).toBe('35.09');
    expect(foundCode(resolver.resolve('kotaanyar'))).toBe('35.13.11');
    expect(resolver.resolve('kabarnya').kind).toBe('not-found');
  });

  it('finds nothing in a city of another province named with its compass part', () => {
    expect(resolver.resolve('tangerang selatan').kind).toBe('not-found');
    expect(resolver.resolve('now in kuala lumpur').kind).toBe('not-found');
  });
});

describe('landmarks around the place', () => {
  it('skips a word said twice as one ("alun alun ponorogo" is the town square of Ponorogo)', () => {
    expect(foundCode(resolver.resolve('alun alun ponorogo'))).toBe('35.02');
    expect(foundCode(resolver.resolve('deket alun-alun batu'))).toBe('35.79');
  });

  it('skips a landmark the caller set apart with a comma', () => {
    expect(candidateCodes(resolver.resolve('deket makam bung karno, blitar'))).toContain('35.72');
  });
});

describe('names said twice, old names and provinces after a comma', () => {
  it('reads a name said twice written with a 2 ("guluk2" is Guluk-Guluk)', () => {
    const found = resolver.resolve('guluk2 sumenep');
    expect(found.kind === 'found' ? found.place.name : undefined).toBe('Guluk-Guluk');
  });

  it('reads Javanese names of a kabupaten (panaraga, nggalek)', () => {
    expect(foundCode(resolver.resolve('panaraga'))).toBe('35.02');
    expect(foundCode(resolver.resolve('nggalek'))).toBe('35.03');
  });

  it('finds nothing in a city named with its province after a comma', () => {
    expect(resolver.resolve('kota sukabumi, jabar').kind).toBe('not-found');
  });
});

describe('a landmark before the place, and the first part of a longer name', () => {
  it("reads the place at the end when a landmark's name comes first", () => {
    expect(foundCode(resolver.resolve('makam sunan bonang tuban'))).toBe('35.23');
    expect(foundCode(resolver.resolve('taman nasional baluran banyuputih'))).toBe('35.12.14');
  });

  it("reads the first part of one kecamatan's longer name as that kecamatan", () => {
    expect(foundCode(resolver.resolve('tenggilis'))).toBe('35.78.24');
  });

  it('still finds nothing in words that name no place', () => {
    expect(resolver.resolve('saya mau tanya').kind).toBe('not-found');
    expect(resolver.resolve('asdfgh qwerty').kind).toBe('not-found');
  });
});

describe('town squares, nicknames and kecamatan known by a short name', () => {
  it('reads the town after its square, whatever Ds. Alun-Alun is called', () => {
    expect(foundCode(resolver.resolve('alun alun batu'))).toBe('35.79');
    expect(foundCode(resolver.resolve('alun2 kota batu'))).toBe('35.79');
    expect(foundCode(resolver.resolve('deket alun-alun jombang'))).toBe('35.17');
  });

  it('reads a kab/kota by its nickname and a kecamatan by its short name', () => {
    expect(foundCode(resolver.resolve('kota pahlawan'))).toBe('35.78');
    expect(foundCode(resolver.resolve('near sumawe'))).toBe('35.07.04');
    expect(candidateCodes(resolver.resolve('pulau bawean'))).toEqual(['35.25.17', '35.25.18']);
  });
});

describe('where the sender is now, outside the province', () => {
  it('finds nothing when the present place is outside, and the place before a comma stays', () => {
    expect(resolver.resolve('asal jember tapi skrg di bali').kind).toBe('not-found');
    expect(foundCode(resolver.resolve('now in batu, from jakarta'))).toBe('35.79');
  });
});
