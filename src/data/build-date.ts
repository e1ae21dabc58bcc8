/**
 * The instant the site is built: events are upcoming or past relative to it. CARREFOUR_BUILD_DATE (an ISO
 * date or date-time) builds the site as on another day, for tests and for previewing a future listing.
 */
function readBuildDate(value: string | undefined): Date {
  if (!value) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`CARREFOUR_BUILD_DATE : « ${value} » n’est pas une date ; écrivez-la sous la forme 2027-05-14 ou 2027-05-14T09:00:00Z.`);
  return date;
}

export const buildDate: Date = readBuildDate(process.env.CARREFOUR_BUILD_DATE);
