import { auditTests } from './audit';
import { contactRequestRuleTests } from './contactRequestRules';
import { creditNoteRuleTests } from './creditNoteRules';
import { customerRuleTests } from './customerRules';
import { errorTests } from './errors';
import { hardeningTests } from './hardening';
import { klubRuleTests } from './klubRules';
import { kpiTests } from './kpis';
import { limitTests } from './limits';
import { listQueryTests } from './listQueries';
import { orderRuleTests } from './orderRules';
import { productRuleTests } from './productRules';
import { protocolTests } from './protocol';
import { readViewTests } from './readViews';
import { returnRuleTests } from './returnRules';
import { roleTests } from './roles';
import { signInTests } from './signIn';
import { storeRuleTests } from './storeRules';
import type { TargetGetter } from './support';
import { timeTests } from './time';
import { trapTests } from './traps';

/**
 * The REST contract of shared/domain/MODEL.md, as one suite run against every target. Each part
 * picks its cases by filtering the data at run time, and writes only to records it picked or made.
 * The time part restarts the target with later clocks: it comes last.
 */
export function contractSuite(getTarget: TargetGetter): void {
  protocolTests(getTarget);
  trapTests(getTarget);
  errorTests(getTarget);
  hardeningTests(getTarget);
  signInTests(getTarget);
  roleTests(getTarget);
  readViewTests(getTarget);
  auditTests(getTarget);
  orderRuleTests(getTarget);
  productRuleTests(getTarget);
  returnRuleTests(getTarget);
  creditNoteRuleTests(getTarget);
  customerRuleTests(getTarget);
  storeRuleTests(getTarget);
  klubRuleTests(getTarget);
  contactRequestRuleTests(getTarget);
  limitTests(getTarget);
  kpiTests(getTarget);
  listQueryTests(getTarget);
  timeTests(getTarget);
}
