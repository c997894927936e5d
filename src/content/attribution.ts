/** Required wherever O*NET-derived values appear (CC BY 4.0); from shared/data/occupations.json. */
export const ONET_ATTRIBUTION =
  'This app includes information from the O*NET 29.3 Database and the O*NET 18.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. CareerFit has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.';
