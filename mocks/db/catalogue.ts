/** Static Russian reference data the seeder draws from: names, addresses, agencies, services, charge templates. */
import type { components } from '../generated/api-types.js';

type Agency = components['schemas']['Agency'];
type Service = components['schemas']['Service'];
type ChargeKind = components['schemas']['ChargeKind'];

/** First name with the matching patronymic forms, per gender. */
export const MALE_NAMES = [
  'Александр',
  'Дмитрий',
  'Сергей',
  'Андрей',
  'Алексей',
  'Михаил',
  'Иван',
  'Николай',
  'Павел',
  'Константин',
  'Артём',
  'Владимир',
] as const;
export const FEMALE_NAMES = [
  'Анна',
  'Елена',
  'Мария',
  'Ольга',
  'Татьяна',
  'Наталья',
  'Екатерина',
  'Ирина',
  'Светлана',
  'Юлия',
  'Дарья',
  'Ксения',
] as const;
/** Fathers' names as [male patronymic, female patronymic]. */
export const PATRONYMICS = [
  ['Александрович', 'Александровна'],
  ['Дмитриевич', 'Дмитриевна'],
  ['Сергеевич', 'Сергеевна'],
  ['Андреевич', 'Андреевна'],
  ['Алексеевич', 'Алексеевна'],
  ['Михайлович', 'Михайловна'],
  ['Иванович', 'Ивановна'],
  ['Николаевич', 'Николаевна'],
  ['Павлович', 'Павловна'],
  ['Викторович', 'Викторовна'],
  ['Юрьевич', 'Юрьевна'],
  ['Олегович', 'Олеговна'],
] as const;
/** Surnames as [male, female]. */
export const SURNAMES = [
  ['Иванов', 'Иванова'],
  ['Смирнов', 'Смирнова'],
  ['Кузнецов', 'Кузнецова'],
  ['Попов', 'Попова'],
  ['Васильев', 'Васильева'],
  ['Петров', 'Петрова'],
  ['Соколов', 'Соколова'],
  ['Михайлов', 'Михайлова'],
  ['Новиков', 'Новикова'],
  ['Фёдоров', 'Фёдорова'],
  ['Морозов', 'Морозова'],
  ['Волков', 'Волкова'],
  ['Лебедев', 'Лебедева'],
  ['Козлов', 'Козлова'],
  ['Егоров', 'Егорова'],
  ['Ильин', 'Ильина'],
  ['Белоусов', 'Белоусова'],
  ['Гарипов', 'Гарипова'],
  ['Хабибуллин', 'Хабибуллина'],
  ['Ковальчук', 'Ковальчук'],
] as const;

/** Cities with their region, the regional tax office and real streets with postcodes. */
export const CITIES = [
  {
    region: 'г. Москва',
    city: 'Москва',
    ufns: 'УФНС России по г. Москве',
    gibdd: 'ГУ МВД России по г. Москве (Госавтоинспекция)',
    eirc: 'ГБУ «ЕИРЦ города Москвы»',
    streets: [
      ['ул. Тверская', '125009'],
      ['Ленинский проспект', '119049'],
      ['ул. Арбат', '119002'],
      ['Профсоюзная ул.', '117292'],
    ],
  },
  {
    region: 'г. Санкт-Петербург',
    city: 'Санкт-Петербург',
    ufns: 'УФНС России по г. Санкт-Петербургу',
    gibdd: 'ГУ МВД России по г. Санкт-Петербургу и Ленинградской области (Госавтоинспекция)',
    eirc: 'АО «ЕИРЦ Петроэлектросбыт»',
    streets: [
      ['Невский проспект', '191025'],
      ['Садовая ул.', '190031'],
      ['Лиговский проспект', '191040'],
    ],
  },
  {
    region: 'Республика Татарстан',
    city: 'Казань',
    ufns: 'УФНС России по Республике Татарстан',
    gibdd: 'МВД по Республике Татарстан (Госавтоинспекция)',
    eirc: 'ООО «ЕРЦ г. Казани»',
    streets: [
      ['ул. Баумана', '420111'],
      ['ул. Пушкина', '420015'],
      ['проспект Победы', '420100'],
    ],
  },
  {
    region: 'Свердловская область',
    city: 'Екатеринбург',
    ufns: 'УФНС России по Свердловской области',
    gibdd: 'ГУ МВД России по Свердловской области (Госавтоинспекция)',
    eirc: 'ЕМУП «Спецавтобаза»',
    streets: [
      ['ул. Малышева', '620014'],
      ['проспект Ленина', '620075'],
      ['ул. Вайнера', '620014'],
    ],
  },
  {
    region: 'Новосибирская область',
    city: 'Новосибирск',
    ufns: 'УФНС России по Новосибирской области',
    gibdd: 'ГУ МВД России по Новосибирской области (Госавтоинспекция)',
    eirc: 'ООО «Новосибирская энергосбытовая компания»',
    streets: [
      ['Красный проспект', '630099'],
      ['ул. Ленина', '630004'],
    ],
  },
  {
    region: 'Нижегородская область',
    city: 'Нижний Новгород',
    ufns: 'УФНС России по Нижегородской области',
    gibdd: 'ГУ МВД России по Нижегородской области (Госавтоинспекция)',
    eirc: 'АО «Нижегородский водоканал»',
    streets: [
      ['ул. Большая Покровская', '603005'],
      ['ул. Рождественская', '603001'],
    ],
  },
  {
    region: 'Краснодарский край',
    city: 'Краснодар',
    ufns: 'УФНС России по Краснодарскому краю',
    gibdd: 'ГУ МВД России по Краснодарскому краю (Госавтоинспекция)',
    eirc: 'АО «НЭСК»',
    streets: [
      ['ул. Красная', '350000'],
      ['ул. Северная', '350020'],
    ],
  },
  {
    region: 'Самарская область',
    city: 'Самара',
    ufns: 'УФНС России по Самарской области',
    gibdd: 'ГУ МВД России по Самарской области (Госавтоинспекция)',
    eirc: 'ООО «Самарские коммунальные системы»',
    streets: [
      ['ул. Куйбышева', '443010'],
      ['Московское шоссе', '443080'],
    ],
  },
] as const;

/** The agencies dictionary. */
export const AGENCIES: readonly Agency[] = [
  { id: 'mvd', title: 'Министерство внутренних дел Российской Федерации', shortTitle: 'МВД России' },
  { id: 'gibdd', title: 'Госавтоинспекция МВД России', shortTitle: 'ГИБДД' },
  { id: 'fns', title: 'Федеральная налоговая служба', shortTitle: 'ФНС России' },
  { id: 'sfr', title: 'Фонд пенсионного и социального страхования Российской Федерации', shortTitle: 'СФР' },
  {
    id: 'rosreestr',
    title: 'Федеральная служба государственной регистрации, кадастра и картографии',
    shortTitle: 'Росреестр',
  },
  { id: 'zags', title: 'Органы записи актов гражданского состояния', shortTitle: 'ЗАГС' },
  { id: 'mfc', title: 'Многофункциональный центр «Мои документы»', shortTitle: 'МФЦ' },
  { id: 'fssp', title: 'Федеральная служба судебных приставов', shortTitle: 'ФССП России' },
  { id: 'tfoms', title: 'Территориальный фонд обязательного медицинского страхования', shortTitle: 'ТФОМС' },
];

/** The services dictionary, with how many calendar days a decision takes. */
export const SERVICES: ReadonlyArray<Service & { days: number; result: string }> = [
  {
    id: 'foreign-passport',
    title: 'Оформление заграничного паспорта нового образца',
    agencyId: 'mvd',
    category: 'passport',
    days: 30,
    result: 'Приглашение на получение загранпаспорта',
  },
  {
    id: 'passport-replacement',
    title: 'Замена паспорта гражданина РФ в 20 и 45 лет',
    agencyId: 'mvd',
    category: 'passport',
    days: 10,
    result: 'Приглашение на получение паспорта',
  },
  {
    id: 'residence-registration',
    title: 'Регистрация по месту жительства',
    agencyId: 'mvd',
    category: 'registration',
    days: 3,
    result: 'Свидетельство о регистрации по месту жительства',
  },
  {
    id: 'stay-registration',
    title: 'Регистрация по месту пребывания',
    agencyId: 'mvd',
    category: 'registration',
    days: 3,
    result: 'Свидетельство о регистрации по месту пребывания',
  },
  {
    id: 'no-criminal-record',
    title: 'Справка о наличии (отсутствии) судимости',
    agencyId: 'mvd',
    category: 'certificates',
    days: 30,
    result: 'Справка об отсутствии судимости',
  },
  {
    id: 'egrn-extract',
    title: 'Выписка из ЕГРН об объекте недвижимости',
    agencyId: 'rosreestr',
    category: 'property',
    days: 3,
    result: 'Выписка из ЕГРН',
  },
  {
    id: 'property-registration',
    title: 'Государственная регистрация права собственности на недвижимость',
    agencyId: 'rosreestr',
    category: 'property',
    days: 9,
    result: 'Выписка из ЕГРН о регистрации права',
  },
  {
    id: 'driver-license-replacement',
    title: 'Замена водительского удостоверения',
    agencyId: 'gibdd',
    category: 'transport',
    days: 1,
    result: 'Приглашение на получение водительского удостоверения',
  },
  {
    id: 'vehicle-registration',
    title: 'Регистрация транспортного средства',
    agencyId: 'gibdd',
    category: 'transport',
    days: 1,
    result: 'Свидетельство о регистрации ТС',
  },
  {
    id: 'tax-deduction',
    title: 'Получение налогового вычета (декларация 3-НДФЛ)',
    agencyId: 'fns',
    category: 'taxes',
    days: 90,
    result: 'Решение о предоставлении налогового вычета',
  },
  {
    id: 'income-certificate',
    title: 'Справка о доходах и суммах налога физического лица',
    agencyId: 'fns',
    category: 'taxes',
    days: 1,
    result: 'Справка о доходах',
  },
  {
    id: 'pension-account-statement',
    title: 'Выписка из индивидуального лицевого счёта',
    agencyId: 'sfr',
    category: 'pension',
    days: 1,
    result: 'Сведения о состоянии индивидуального лицевого счёта',
  },
  {
    id: 'maternity-capital',
    title: 'Получение сертификата на материнский капитал',
    agencyId: 'sfr',
    category: 'family',
    days: 5,
    result: 'Электронный сертификат на материнский капитал',
  },
  {
    id: 'unified-allowance',
    title: 'Единое пособие на детей и беременных женщин',
    agencyId: 'sfr',
    category: 'family',
    days: 10,
    result: 'Решение о назначении единого пособия',
  },
  {
    id: 'marriage-registration',
    title: 'Государственная регистрация заключения брака',
    agencyId: 'zags',
    category: 'family',
    days: 30,
    result: 'Приглашение на регистрацию брака',
  },
  {
    id: 'birth-certificate-copy',
    title: 'Повторное свидетельство о рождении',
    agencyId: 'zags',
    category: 'certificates',
    days: 5,
    result: 'Повторное свидетельство о рождении',
  },
  {
    id: 'oms-policy',
    title: 'Оформление полиса ОМС',
    agencyId: 'tfoms',
    category: 'health',
    days: 5,
    result: 'Выписка о полисе ОМС',
  },
  {
    id: 'enforcement-info',
    title: 'Сведения о ходе исполнительного производства',
    agencyId: 'fssp',
    category: 'certificates',
    days: 10,
    result: 'Сведения об исполнительном производстве',
  },
  {
    id: 'mfc-subsidy',
    title: 'Субсидия на оплату жилого помещения и коммунальных услуг',
    agencyId: 'mfc',
    category: 'family',
    days: 10,
    result: 'Решение о предоставлении субсидии',
  },
];

/** A template for a charge: the УИН prefix (administrator code), title, amount in kopecks and whether a 50 % discount applies. */
export interface ChargeTemplate {
  kind: ChargeKind;
  uinPrefix: string;
  uinLength: 20 | 25;
  title: string;
  amount: number;
  discount?: boolean;
  payee: 'gibdd' | 'ufns' | 'eirc' | 'mvd' | 'rosreestr';
}

/** Fines, taxes, utility bills and duties people actually receive. */
export const CHARGE_TEMPLATES: readonly ChargeTemplate[] = [
  {
    kind: 'fine',
    uinPrefix: '188',
    uinLength: 20,
    title: 'Превышение скорости на 20–40 км/ч (ч. 2 ст. 12.9 КоАП РФ)',
    amount: 75_000,
    discount: true,
    payee: 'gibdd',
  },
  {
    kind: 'fine',
    uinPrefix: '188',
    uinLength: 20,
    title: 'Проезд на запрещающий сигнал светофора (ч. 1 ст. 12.12 КоАП РФ)',
    amount: 150_000,
    discount: true,
    payee: 'gibdd',
  },
  {
    kind: 'fine',
    uinPrefix: '188',
    uinLength: 20,
    title: 'Несоблюдение требований дорожных знаков или разметки (ч. 1 ст. 12.16 КоАП РФ)',
    amount: 75_000,
    discount: true,
    payee: 'gibdd',
  },
  {
    kind: 'fine',
    uinPrefix: '188',
    uinLength: 20,
    title: 'Нарушение правил остановки или стоянки (ч. 1 ст. 12.19 КоАП РФ)',
    amount: 100_000,
    discount: true,
    payee: 'gibdd',
  },
  {
    kind: 'fine',
    uinPrefix: '188',
    uinLength: 20,
    title: 'Непристёгнутый ремень безопасности (ст. 12.6 КоАП РФ)',
    amount: 150_000,
    discount: true,
    payee: 'gibdd',
  },
  {
    kind: 'tax',
    uinPrefix: '182',
    uinLength: 20,
    title: 'Транспортный налог за 2025 год',
    amount: 612_500,
    payee: 'ufns',
  },
  {
    kind: 'tax',
    uinPrefix: '182',
    uinLength: 20,
    title: 'Налог на имущество физических лиц за 2025 год',
    amount: 248_300,
    payee: 'ufns',
  },
  { kind: 'tax', uinPrefix: '182', uinLength: 20, title: 'Земельный налог за 2025 год', amount: 91_700, payee: 'ufns' },
  {
    kind: 'tax',
    uinPrefix: '182',
    uinLength: 20,
    title: 'Единый налоговый платёж: задолженность по НДФЛ',
    amount: 1_350_000,
    payee: 'ufns',
  },
  {
    kind: 'utility',
    uinPrefix: '0',
    uinLength: 25,
    title: 'Жилищно-коммунальные услуги за октябрь 2026 г.',
    amount: 684_215,
    payee: 'eirc',
  },
  {
    kind: 'utility',
    uinPrefix: '0',
    uinLength: 25,
    title: 'Жилищно-коммунальные услуги за сентябрь 2026 г.',
    amount: 592_840,
    payee: 'eirc',
  },
  {
    kind: 'utility',
    uinPrefix: '0',
    uinLength: 25,
    title: 'Взнос на капитальный ремонт за октябрь 2026 г.',
    amount: 121_330,
    payee: 'eirc',
  },
  {
    kind: 'duty',
    uinPrefix: '188',
    uinLength: 20,
    title: 'Госпошлина за выдачу заграничного паспорта нового образца',
    amount: 600_000,
    payee: 'mvd',
  },
  {
    kind: 'duty',
    uinPrefix: '188',
    uinLength: 20,
    title: 'Госпошлина за замену водительского удостоверения',
    amount: 400_000,
    payee: 'mvd',
  },
  {
    kind: 'duty',
    uinPrefix: '188',
    uinLength: 20,
    title: 'Госпошлина за регистрацию транспортного средства',
    amount: 285_000,
    payee: 'mvd',
  },
  {
    kind: 'duty',
    uinPrefix: '321',
    uinLength: 20,
    title: 'Госпошлина за государственную регистрацию права собственности',
    amount: 400_000,
    payee: 'rosreestr',
  },
];

/** Latin transliteration for e-mail addresses: the kit's own (components/core/i18n/transliterate.ts). */
export { transliterate } from '../../components/core/i18n/transliterate.js';
