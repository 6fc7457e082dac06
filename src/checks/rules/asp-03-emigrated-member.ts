import { defineRule } from '../rule';
import { aspMemberGoneSql } from '../sql/asp-member-gone';

/**
 * ASP-03 Emigrated member counted. As ASP-02, for members who left the country before the
 * quarter began: ASP is for residents, and a departed member inflates the family's payment.
 */
export const rule = defineRule({
  id: 'ASP-03',
  version: 1,
  family: 'ASP',
  nature: 'violation',
  severity: 'high',
  title: {
    en: 'Emigrated member counted',
    ru: 'Учтён выбывший член семьи',
    kk: 'Көшіп кеткен отбасы мүшесі есептелген',
  },
  explanation: {
    en: 'A member of an ASP family emigrated before the first day of the quarter for which the family was paid, yet is still counted in its composition. ASP supports residents; a member who has left should not raise the payment.',
    ru: 'Член семьи, получающей АСП, выехал из страны до первого дня квартала, за который назначена выплата, но всё ещё учтён в составе семьи. АСП предназначена проживающим; выбывший член семьи не должен увеличивать выплату.',
    kk: 'АӘК алатын отбасының мүшесі төлем тағайындалған тоқсанның бірінші күніне дейін елден көшіп кеткен, бірақ әлі отбасы құрамында есептелген. АӘК тұрғындарға арналған; кеткен мүше төлемді арттырмауы тиіс.',
  },
  amountRule: {
    en: 'paid_kzt / members_count of each case of the quarter counting the member.',
    ru: 'paid_kzt / members_count по каждому делу квартала, где учтён этот член семьи.',
    kk: 'Осы мүше есептелген тоқсанның әр ісі бойынша paid_kzt / members_count.',
  },
  subject: 'iin',
  registries: ['asp_cases', 'asp_members', 'population'],
  parameters: [],
  sql: () => aspMemberGoneSql('emigration_date'),
});
