import { rule } from '../../src/checks/rules/asp-03-emigrated-member';
import { describeMemberGone } from './asp-member-gone-cases';

describeMemberGone(rule, 'emigration_date');
