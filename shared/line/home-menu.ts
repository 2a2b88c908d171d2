/**
 * The line's services in the order the USSD home menu numbers them (1 to 5). The FAQ answers point
 * to a service by that number ("hotline (menu 2)"), so an SMS that says "menu 2" reads this list
 * too, and the two channels cannot drift apart.
 */
export const HOME_SERVICES = ['faq', 'hotlines', 'hospital', 'report', 'language'] as const;

export type HomeService = (typeof HOME_SERVICES)[number];

/** The service a caller picks by its home-menu number ("2"), if the number is one of them. */
export function homeServiceAt(choice: string): HomeService | undefined {
  if (!/^\d+$/.test(choice)) return undefined;
  return HOME_SERVICES[Number(choice) - 1];
}
