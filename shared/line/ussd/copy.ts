import type { Localized } from '../lang.js';
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

  reportTitle: { id: 'Lapor gejala', en: 'Report symptoms' },
  reportSoon: {
    id: 'Lapor gejala lewat USSD segera hadir. Bila bergejala, hubungi 119 atau 112 (Banyuwangi).',
    en: 'Symptom reports by USSD are coming soon. If you have symptoms, call 119 or 112 (Banyuwangi).',
  },

  languageTitle: { id: 'Pilih bahasa / Choose language:', en: 'Pilih bahasa / Choose language:' },
  languageId: { id: 'Bahasa Indonesia', en: 'Bahasa Indonesia' },
  languageEn: { id: 'English', en: 'English' },
} satisfies Record<string, Localized>;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
