/**
 * Risk elimination (风险消除): {@link cn.huiyin.monitoring.clearing.ClearingRules} lists every rule that forbids
 * eliminating a monitored household's risk today, each as a {@link cn.huiyin.monitoring.clearing.ClearingBlock}
 * with a stable code and a reason in words; an empty list means the risk may be eliminated.
 *
 * <h2>The rules</h2>
 * <table>
 * <caption>Clearing blocks</caption>
 * <tr><th>code</th><th>blocks while</th></tr>
 * <tr><td>NOT_MONITORED</td><td>the household is not a monitored household (then it is the only block)</td></tr>
 * <tr><td>STILL_IN_SCHOOL</td><td>the assessment has SCHOOLING and members are still in school</td></tr>
 * <tr><td>INCOME_BELOW_LINE</td><td>the latest per-capita income is under the monitoring line of its year and
 * province, or no income is recorded</td></tr>
 * <tr><td>ILLNESS_EXPENDITURE_HIGH</td><td>medical expenditure is still at or above the threshold of the risk
 * rules (10,000 yuan or more than 30 % of household income by default)</td></tr>
 * <tr><td>HOUSING_UNSAFE / WATER_UNSAFE</td><td>the register says housing or drinking water is not safe</td></tr>
 * <tr><td>NO_PLAN</td><td>there is no one-household plan</td></tr>
 * <tr><td>PLAN_UNFINISHED</td><td>a measure of the plan is not done</td></tr>
 * <tr><td>PLAN_UNCOVERED</td><td>an active factor has no measure addressing it (a factor found after the
 * plan)</td></tr>
 * <tr><td>INCOME_NOT_STABLE</td><td>income has been at or above the line for fewer than {@code stable-months}
 * months, counted from the assessment day of the earliest income of the latest unbroken run above the line</td></tr>
 * <tr><td>VISIT_TOO_OLD</td><td>the helper's last visit in person is older than {@code visit-max-age-months}, or
 * there is none</td></tr>
 * </table>
 *
 * <h2>Configuration</h2>
 * <pre>{@code
 * huiyin:
 *   clearing:
 *     stable-months: 6          # 收入稳定在监测线以上的月数
 *     visit-max-age-months: 3   # 每季度至少走访一次
 * }</pre>
 * The monitoring lines and the medical threshold come from {@code huiyin.risk.*}.
 */
package cn.huiyin.monitoring.clearing;
