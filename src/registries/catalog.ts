import type { ColumnKind } from './column-types';

/**
 * The input contract of registries.md as data: every registry, its columns, which are
 * required, their kinds, and the Russian/Kazakh header names agencies really use.
 * Ingest, the generator, the checks and the UI all read this one definition.
 */
export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  /** Header names (ru, kk, en variants) that mean this column; matched case and spacing insensitive. */
  readonly aliases: readonly string[];
  /** Allowed values for `enum` columns (canonical, lower case unless stated). */
  readonly values?: readonly string[];
}

/** An IIN or BIN column (stored as a number: src/workspace/id-text.ts). */
export function isIdColumn(column: ColumnSpec): column is ColumnSpec & { kind: 'iin' | 'bin' } {
  return column.kind === 'iin' || column.kind === 'bin';
}

export interface RegistrySpec {
  readonly name: RegistryName;
  readonly agency: string;
  readonly columns: readonly ColumnSpec[];
  /**
   * The IIN column naming the person a row is about. A row whose person IIN is missing or
   * invalid but which carries last_name, first_name and birth_date is kept for linkage
   * by name (LNK) instead of being quarantined. `population` has none: its IIN is the key.
   */
  readonly personColumn: string | null;
}

export const REGISTRY_NAMES = [
  'population',
  'organizations',
  'contributions',
  'osms_status',
  'employment',
  'asp_cases',
  'asp_members',
  'staff',
  'enrollment',
  'kindergarten_queue',
  'phc_attachment',
  'medical_services',
  'disability',
  'benefits',
  'reported',
] as const;
export type RegistryName = (typeof REGISTRY_NAMES)[number];

const col = (
  name: string,
  kind: ColumnKind,
  required: boolean,
  aliases: readonly string[] = [],
  values?: readonly string[],
): ColumnSpec => (values ? { name, kind, required, aliases, values } : { name, kind, required, aliases });

/** Columns any person-referencing registry may carry so that rows without an IIN can be linked. */
const PERSON_NAME_COLUMNS: readonly ColumnSpec[] = [
  col('last_name', 'text', false, ['фамилия', 'тегі', 'surname']),
  col('first_name', 'text', false, ['имя', 'аты', 'given name']),
  col('middle_name', 'text', false, ['отчество', 'әкесінің аты', 'patronymic']),
  col('birth_date', 'date', false, ['дата рождения', 'туған күні', 'date of birth', 'dob']),
];

const IIN_ALIASES = ['иин', 'жсн', 'iin'];
const DISTRICT_ALIASES = ['район', 'аудан', 'district'];
const BIN_ALIASES = ['бин', 'бсн', 'bin'];

export const OSMS_CATEGORIES = [
  'child',
  'pregnant_nonworking',
  'parent_child_under3_nonworking',
  'childcare_leave',
  'carer_disabled',
  'pensioner',
  'prisoner',
  'kandas',
  'mother_many_children',
  'disability',
  'student_fulltime',
  'registered_unemployed',
  'asp_nonworking',
  'employee',
  'self_employed',
  'individual_entrepreneur',
  'none',
] as const;

export const EMPLOYMENT_MEASURES = [
  'permanent_job',
  'temporary_job',
  'social_job',
  'training',
  'youth_practice',
  'entrepreneurship',
  'grant',
  'microcredit',
] as const;

export const REGISTRIES: readonly RegistrySpec[] = [
  {
    name: 'population',
    agency: 'State register of individuals',
    personColumn: null,
    columns: [
      col('iin', 'iin', true, IIN_ALIASES),
      col('last_name', 'text', true, ['фамилия', 'тегі', 'surname']),
      col('first_name', 'text', true, ['имя', 'аты', 'given name']),
      col('middle_name', 'text', false, ['отчество', 'әкесінің аты', 'patronymic']),
      col('birth_date', 'date', true, ['дата рождения', 'туған күні', 'date of birth', 'dob']),
      col('sex', 'enum', true, ['пол', 'жынысы'], ['M', 'F']),
      col('district', 'district', true, DISTRICT_ALIASES),
      col('address_id', 'text', true, ['код адреса', 'адрес коды', 'rka', 'рка']),
      col('address', 'text', false, ['адрес', 'мекенжай']),
      col('household_id', 'text', false, ['код семьи', 'отбасы коды', 'household']),
      col('death_date', 'date', false, ['дата смерти', 'қайтыс болған күні']),
      col('emigration_date', 'date', false, ['дата выезда', 'дата эмиграции', 'көшіп кеткен күні']),
    ],
  },
  {
    name: 'organizations',
    agency: 'Register of legal entities, education and health directories',
    personColumn: null,
    columns: [
      col('bin', 'bin', true, BIN_ALIASES),
      col('name', 'text', true, ['наименование', 'атауы', 'название']),
      col(
        'kind',
        'enum',
        true,
        ['вид', 'тип', 'түрі'],
        ['kindergarten', 'school', 'college', 'clinic', 'hospital', 'employer', 'other'],
      ),
      col(
        'ownership',
        'enum',
        true,
        ['форма собственности', 'меншік нысаны', 'собственность'],
        ['state', 'private'],
      ),
      col('district', 'district', true, DISTRICT_ALIASES),
      col('capacity', 'int', false, ['мощность', 'проектная мощность', 'қуаты', 'вместимость']),
    ],
  },
  {
    name: 'contributions',
    agency: 'State revenue committee: pension (OPV) and health (OSMS) contributions',
    personColumn: 'iin',
    columns: [
      col('iin', 'iin', true, IIN_ALIASES),
      col('payer_bin', 'bin', true, ['бин плательщика', 'бин агента', 'төлеуші бсн']),
      col('period', 'month', true, ['период', 'кезең']),
      col('income_kzt', 'money', true, ['доход', 'объект исчисления', 'табыс']),
      col('opv_kzt', 'money', false, ['опв', 'зтж']),
      col('osms_kzt', 'money', false, ['осмс', 'ооосмс', 'мәмсқ', 'взносы осмс']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'osms_status',
    agency: 'Social health insurance fund',
    personColumn: 'iin',
    columns: [
      col('iin', 'iin', true, IIN_ALIASES),
      col('insured', 'bool', true, ['застрахован', 'статус страхования', 'сақтандырылған']),
      col('category', 'enum', true, ['категория', 'санаты'], OSMS_CATEGORIES),
      col('as_of', 'date', true, ['на дату', 'дата статуса', 'күні']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'employment',
    agency: 'Employment centres',
    personColumn: 'iin',
    columns: [
      col('iin', 'iin', true, IIN_ALIASES),
      col('status', 'enum', true, ['статус', 'мәртебесі'], ['unemployed', 'job_seeker', 'participant']),
      col('measure', 'enum', false, ['мера', 'шара', 'мера содействия'], EMPLOYMENT_MEASURES),
      col('start_date', 'date', true, ['дата начала', 'басталған күні']),
      col('end_date', 'date', false, ['дата окончания', 'аяқталған күні']),
      col('amount_kzt', 'money', false, ['сумма', 'сомасы']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'asp_cases',
    agency: 'Targeted social assistance (ASP)',
    personColumn: 'applicant_iin',
    columns: [
      col('case_id', 'text', true, ['номер дела', 'іс нөмірі']),
      col('period', 'quarter', true, ['период', 'кезең', 'квартал']),
      col('district', 'district', true, DISTRICT_ALIASES),
      col('applicant_iin', 'iin', true, ['иин заявителя', 'өтініш берушінің жсн']),
      col('address_id', 'text', true, ['код адреса', 'адрес коды', 'рка']),
      col('kind', 'enum', true, ['вид', 'түрі', 'вид асп'], ['unconditional', 'conditional']),
      col('members_count', 'int', true, ['количество членов', 'отбасы мүшелерінің саны', 'состав семьи']),
      col('declared_income_kzt', 'money', true, ['заявленный доход', 'мәлімделген табыс', 'доход семьи']),
      col('paid_kzt', 'money', true, ['выплачено', 'төленді', 'сумма выплаты']),
      col('decision_date', 'date', false, ['дата решения', 'шешім күні']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'asp_members',
    agency: 'Targeted social assistance (ASP): family composition',
    personColumn: 'iin',
    columns: [
      col('case_id', 'text', true, ['номер дела', 'іс нөмірі']),
      col('iin', 'iin', true, IIN_ALIASES),
      col(
        'relation',
        'enum',
        true,
        ['родство', 'степень родства', 'туыстығы'],
        ['applicant', 'spouse', 'child', 'parent', 'other'],
      ),
      col('declared_income_kzt', 'money', false, ['заявленный доход', 'мәлімделген табыс']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'staff',
    agency: 'Staffing lists of schools, kindergartens and clinics',
    personColumn: 'iin',
    columns: [
      col('org_bin', 'bin', true, ['бин организации', 'ұйым бсн', ...BIN_ALIASES]),
      col('iin', 'iin', true, IIN_ALIASES),
      col(
        'position',
        'enum',
        true,
        ['должность', 'лауазымы'],
        ['teacher', 'educator', 'doctor', 'nurse', 'other'],
      ),
      col('rate', 'number', true, ['ставка', 'мөлшерлеме']),
      col('hired', 'date', true, ['дата приема', 'қабылданған күні']),
      col('left', 'date', false, ['дата увольнения', 'босатылған күні']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'enrollment',
    agency: 'Education database and kindergarten contingent',
    personColumn: 'child_iin',
    columns: [
      col('org_bin', 'bin', true, ['бин организации', 'ұйым бсн', ...BIN_ALIASES]),
      col('child_iin', 'iin', true, ['иин ребенка', 'баланың жсн', ...IIN_ALIASES]),
      col('level', 'enum', true, ['уровень', 'деңгейі'], ['preschool', 'school']),
      col('grade', 'text', false, ['класс', 'группа', 'сынып']),
      col('state_funded', 'bool', true, ['госзаказ', 'мемлекеттік тапсырыс']),
      col('per_capita_kzt', 'money', false, ['подушевое финансирование', 'жан басына қаржыландыру']),
      col('start_date', 'date', true, ['дата зачисления', 'қабылданған күні']),
      col('end_date', 'date', false, ['дата выбытия', 'шыққан күні']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'kindergarten_queue',
    agency: 'Kindergarten waiting list',
    personColumn: 'child_iin',
    columns: [
      col('child_iin', 'iin', true, ['иин ребенка', 'баланың жсн', ...IIN_ALIASES]),
      col('district', 'district', true, DISTRICT_ALIASES),
      col('registered_on', 'date', true, ['дата постановки', 'тіркелген күні']),
      col('status', 'enum', true, ['статус', 'мәртебесі'], ['waiting', 'placed', 'withdrawn']),
      col('placed_org_bin', 'bin', false, ['бин организации', 'ұйым бсн']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'phc_attachment',
    agency: 'Register of attached population',
    personColumn: 'iin',
    columns: [
      col('iin', 'iin', true, IIN_ALIASES),
      col('clinic_bin', 'bin', true, ['бин поликлиники', 'емхана бсн', 'бин мо']),
      col('attached_since', 'date', true, ['дата прикрепления', 'тіркелген күні']),
      col('detached_on', 'date', false, ['дата открепления', 'тіркеуден шыққан күні']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'medical_services',
    agency: 'Electronic register of services delivered',
    personColumn: 'iin',
    columns: [
      col('service_id', 'text', true, ['номер услуги', 'қызмет нөмірі']),
      col('iin', 'iin', true, ['иин пациента', 'пациенттің жсн', ...IIN_ALIASES]),
      col('clinic_bin', 'bin', true, ['бин поликлиники', 'емхана бсн', 'бин мо']),
      col('doctor_iin', 'iin', true, ['иин врача', 'дәрігердің жсн']),
      col('service_date', 'date', true, ['дата услуги', 'қызмет күні']),
      col('service_code', 'text', false, ['код услуги', 'қызмет коды']),
      col('paid_kzt', 'money', false, ['оплачено', 'төленді', 'сумма']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'disability',
    agency: 'Disability database',
    personColumn: 'iin',
    columns: [
      col('iin', 'iin', true, IIN_ALIASES),
      col('group', 'enum', true, ['группа', 'тобы', 'группа инвалидности'], ['1', '2', '3', 'child']),
      col('since', 'date', true, ['дата установления', 'белгіленген күні']),
      col('until', 'date', false, ['срок до', 'мерзімі']),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'benefits',
    agency: 'State and local benefits ("social map")',
    personColumn: 'iin',
    columns: [
      col('iin', 'iin', true, IIN_ALIASES),
      col('program', 'text', true, ['программа', 'вид выплаты', 'бағдарлама']),
      col('period', 'month', true, ['период', 'кезең']),
      col('amount_kzt', 'money', true, ['сумма', 'сомасы']),
      col('district', 'district', false, DISTRICT_ALIASES),
      ...PERSON_NAME_COLUMNS,
    ],
  },
  {
    name: 'reported',
    agency: 'Figures reported upward by districts and departments',
    personColumn: null,
    columns: [
      col('district', 'district', true, DISTRICT_ALIASES),
      col('indicator', 'text', true, ['показатель', 'көрсеткіш']),
      col('period', 'quarter', true, ['период', 'кезең']),
      col('value', 'number', true, ['значение', 'мәні']),
      col('source', 'text', false, ['источник', 'көзі']),
    ],
  },
];

export function registrySpec(name: RegistryName): RegistrySpec {
  const spec = REGISTRIES.find((r) => r.name === name);
  if (!spec) throw new TypeError(`unknown registry ${name}`);
  return spec;
}

export function isRegistryName(value: string): value is RegistryName {
  return (REGISTRY_NAMES as readonly string[]).includes(value);
}
