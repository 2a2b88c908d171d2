import type { Localized } from '../../lang.js';
import type { NavCopy } from './engine.js';

/** The USSD menu's fixed words. Every string is GSM-7; the screen walk checks each screen's length. */

export const NAV_COPY: NavCopy = {
  back: { id: 'Kembali', en: 'Back' },
  home: { id: 'Menu', en: 'Home' },
  more: { id: 'Lagi', en: 'More' },
  invalidChoice: { id: 'Pilihan salah, ulangi:', en: 'No such option, again:' },
  emptyInput: { id: 'Mohon ketik jawaban:', en: 'Please type an answer:' },
  noMorePages: { id: 'Halaman terakhir.', en: 'Last page.' },
};

export const COPY = {
  homeTitle: { id: 'Info COVID-19 Jatim', en: 'COVID-19 Info E. Java' },
  homeFaq: { id: 'Info COVID-19 (Tanya jawab)', en: 'COVID-19 questions' },
  homeHotline: { id: 'Hotline (yang buka sekarang)', en: 'Hotlines (open now)' },
  homeHospital: { id: 'RS rujukan terdekat', en: 'Nearest referral hospital' },
  homeReport: { id: 'Lapor gejala', en: 'Report symptoms' },
  homeLanguage: { id: 'Bahasa/Language', en: 'Bahasa/Language' },

  faqTitle: { id: 'Pilih topik:', en: 'Choose a topic:' },
  sendSms: { id: 'Kirim via SMS', en: 'Send by SMS' },
  faqSent: {
    id: 'Jawaban dikirim via SMS ke nomor Anda. Terima kasih, tetap sehat!',
    en: 'The answer is on its way by SMS. Thank you, stay healthy!',
  },

  hotlineTitle: { id: 'Hotline, {time} WIB', en: 'Hotlines, {time} WIB' },

  hospitalTitle: { id: 'Cari RS rujukan dari:', en: 'Find a referral hospital from:' },
  hospitalPickKab: { id: 'Pilih kab/kota', en: 'Choose kab/kota' },
  hospitalTypePlace: { id: 'Ketik nama tempat', en: 'Type a place name' },
  kabListTitle: { id: 'Pilih kab/kota:', en: 'Choose kab/kota:' },
  placePrompt: {
    id: 'Ketik nama desa, kecamatan atau kab/kota (contoh: Sempu Banyuwangi):',
    en: 'Type a village, kecamatan or kab/kota (e.g. Sempu Banyuwangi):',
  },
  placeNotFound: { id: 'Tempat tidak ditemukan. Ketik lagi:', en: 'Place not found. Type again:' },
  placeWhich: { id: 'Yang mana?', en: 'Which one?' },
  hospitalFrom: { id: 'Dari {place}:', en: 'From {place}:' },
  hospitalBody: {
    id: 'RS rujukan terdekat: {name}, {km}{phone}.',
    en: 'Nearest referral hospital: {name}, {km}{phone}.',
  },
  hospitalMainBody: {
    id: 'Rujukan utama terdekat: {name}, {km}.',
    en: 'Nearest main referral: {name}, {km}.',
  },
  hospitalSendSms: { id: 'Kirim detail via SMS', en: 'Send details by SMS' },
  hospitalSent: {
    id: 'Detail RS dikirim via SMS ke nomor Anda. Darurat: 119 atau 112.',
    en: 'Hospital details are on their way by SMS. Emergency: 119 or 112.',
  },

  languageTitle: { id: 'Pilih bahasa / Choose language:', en: 'Pilih bahasa / Choose language:' },
  languageId: { id: 'Bahasa Indonesia', en: 'Bahasa Indonesia' },
  languageEn: { id: 'English', en: 'English' },
} satisfies Record<string, Localized>;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

export const REPORT_COPY = {
  resumeTitle: { id: 'Ada laporan yang belum selesai.', en: 'You have an unfinished report.' },
  resume: { id: 'Lanjutkan', en: 'Continue' },
  restart: { id: 'Mulai baru', en: 'Start again' },
  consentTitle: { id: 'Lapor gejala', en: 'Report symptoms' },
  consentBody: {
    id: 'Jawaban dicatat Dinkes untuk pemantauan COVID-19, disimpan {days} hari. Nomor HP hanya disimpan jika Anda setuju dihubungi.',
    en: 'Your answers go to the health office for COVID-19 monitoring, kept {days} days. Your number is kept only if you agree to be called.',
  },
  agree: { id: 'Setuju', en: 'I agree' },
  decline: { id: 'Tidak setuju', en: 'I do not agree' },
  declined: {
    id: 'Laporan tidak dicatat. Bila bergejala hubungi 119, atau 112 di Banyuwangi.',
    en: 'Nothing was recorded. If you have symptoms call 119, or 112 in Banyuwangi.',
  },
  ageTitle: { id: 'Umur Anda?', en: 'Your age?' },
  ages: {
    id: ['Di bawah 18', '18-39', '40-59', '60 ke atas'],
    en: ['Under 18', '18-39', '40-59', '60 or over'],
  },
  symptomsTitle: {
    id: 'Gejala? Ketik nomornya, boleh lebih dari satu (contoh: 1 2):',
    en: 'Symptoms? Type their numbers, one or more (e.g. 1 2):',
  },
  symptoms: {
    id: ['Demam', 'Batuk', 'Sakit tenggorokan', 'Sesak napas', 'Hilang penciuman/perasa', 'Tidak ada gejala'],
    en: ['Fever', 'Cough', 'Sore throat', 'Hard to breathe', 'Lost smell or taste', 'No symptoms'],
  },
  symptomsInvalid: { id: 'Ketik nomor 1-6, contoh: 1 2', en: 'Type numbers 1-6, e.g. 1 2' },
  exposureTitle: {
    id: 'Dalam 14 hari terakhir? Ketik nomornya:',
    en: 'In the last 14 days? Type the numbers:',
  },
  exposures: {
    id: ['Kontak dengan pasien positif', 'Dari daerah transmisi lokal', 'Tidak keduanya'],
    en: ['Contact with a confirmed case', 'Came from an area with spread', 'Neither'],
  },
  exposureInvalid: { id: 'Ketik 1, 2, 1 2 atau 3', en: 'Type 1, 2, 1 2 or 3' },
  riskTitle: {
    id: 'Hamil, atau punya penyakit kronis (diabetes, jantung, paru, darah tinggi)?',
    en: 'Pregnant, or a chronic illness (diabetes, heart, lung, high blood pressure)?',
  },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  placeTitle: { id: 'Di mana Anda sekarang?', en: 'Where are you now?' },
  placeKab: { id: 'Pilih kab/kota', en: 'Choose kab/kota' },
  placeType: { id: 'Ketik nama tempat', en: 'Type a place name' },
  contactTitle: {
    id: 'Boleh petugas kesehatan menghubungi Anda di nomor ini?',
    en: 'May a health worker call you on this number?',
  },
  high: {
    id: 'Risiko TINGGI. Segera ke {name}{phone} dan hubungi 119, 112 atau 118. Detail via SMS.',
    en: 'HIGH risk. Go now to {name}{phone} and call 119, 112 or 118. Details by SMS.',
  },
  moderate: {
    id: 'Risiko SEDANG. Hubungi Cacak Jatim 031-8430313 (jam kerja) atau 0813-3436-7800 (24 jam) untuk tes. Detail via SMS.',
    en: 'MODERATE risk. Call Cacak Jatim 031-8430313 (office hours) or 0813-3436-7800 (24h) to get tested. Details by SMS.',
  },
  low: {
    id: 'Risiko RENDAH. Tetap di rumah, isolasi bila bergejala, waspadai sesak napas. Info RS terdekat via SMS.',
    en: 'LOW risk. Stay home, isolate if you have symptoms, watch for breathlessness. Nearest hospital by SMS.',
  },
  lowQuarantine: {
    id: 'Risiko RENDAH, tapi karantina di rumah 14 hari karena kontak/perjalanan. Bila muncul gejala hubungi 119. Info via SMS.',
    en: 'LOW risk, but quarantine at home 14 days after that contact or travel. If symptoms start call 119. Info by SMS.',
  },
} as const;
