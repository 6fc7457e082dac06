import { rule } from '../../src/checks/rules/asp-02-dead-member';
import { describeMemberGone } from './asp-member-gone-cases';

describeMemberGone(rule, 'death_date');
