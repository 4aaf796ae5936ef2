/** The utility providers of the mock (charges of kind `utility`, autopay rules): fixed, so tests can name them. */
export interface UtilityProvider {
  id: string;
  name: string;
  /** The default citizen's account number with the provider («лицевой счёт»). */
  accountNumber: string;
}

export const UTILITY_PROVIDERS: readonly UtilityProvider[] = [
  { id: 'mosenergosbyt', name: 'АО «Мосэнергосбыт»', accountNumber: '9876543210' },
  { id: 'mosvodokanal', name: 'АО «Мосводоканал»', accountNumber: '4402187733' },
  { id: 'eirc', name: 'ГБУ «ЕИРЦ города Москвы» (ЖКУ)', accountNumber: '2716503948' },
];
