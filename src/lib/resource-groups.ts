/**
 * The groups of "Andere inspirerende praktijkvoorbeelden en bronnen", in the
 * publication's order. A resource's `group` front matter must be one of these.
 */
export const RESOURCE_GROUPS = [
  'Inspirerende praktijkvoorbeelden',
  'Werkmethodieken',
  'De kracht van een sterke basis',
  'Versterken van de sociale basis en de rol van de wijkteams',
  'Burgerinitiatieven en de rol van de gemeente',
] as const;
