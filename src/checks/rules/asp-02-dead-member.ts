import { defineRule } from '../rule';
import { aspMemberGoneSql } from '../sql/asp-member-gone';

/**
 * ASP-02 Dead member counted. A family keeps receiving ASP computed for a member who died
 * before the quarter began: the payment (and the per-capita income test) counts a person
 * who no longer exists. Known abuse in Almaty's digital cross-check (domain.md).
 */
export const rule = defineRule({
  id: 'ASP-02',
  version: 1,
  family: 'ASP',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Dead member counted',
    ru: 'Учтён умерший член семьи',
    kk: 'Қайтыс болған отбасы мүшесі есептелген',
  },
  explanation: {
    en: 'A member of an ASP family died before the first day of the quarter for which the family was paid, yet is still counted in its composition. Each member adds to the payment, so the family was paid for a person who no longer lives.',
    ru: 'Член семьи, получающей АСП, умер до первого дня квартала, за который назначена выплата, но всё ещё учтён в составе семьи. Каждый член семьи увеличивает выплату, поэтому семье заплатили за умершего.',
    kk: 'АӘК алатын отбасының мүшесі төлем тағайындалған тоқсанның бірінші күніне дейін қайтыс болған, бірақ әлі отбасы құрамында есептелген. Әр мүше төлемді арттырады, сондықтан отбасына қайтыс болған адам үшін төленген.',
  },
  amountRule: {
    en: 'paid_kzt / members_count of each case of the quarter counting the member.',
    ru: 'paid_kzt / members_count по каждому делу квартала, где учтён этот член семьи.',
    kk: 'Осы мүше есептелген тоқсанның әр ісі бойынша paid_kzt / members_count.',
  },
  subject: 'iin',
  registries: ['asp_cases', 'asp_members', 'population'],
  parameters: [],
  sql: () => aspMemberGoneSql('death_date'),
});
