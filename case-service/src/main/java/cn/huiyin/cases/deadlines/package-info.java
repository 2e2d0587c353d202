/**
 * Deadlines (办理时限): when a transferred case's verification report is due, when it becomes due soon (临期) and
 * overdue (超期), and whether a report was late (迟报).
 *
 * <p>{@link cn.huiyin.cases.deadlines.model.DeadlinePolicy} turns the start (assignment or reopening), the case's
 * categories and its urgency into a {@link cn.huiyin.cases.deadlines.model.Deadline}; the rules are plain Java in
 * {@code model} ({@link cn.huiyin.cases.deadlines.model.DeadlineRules},
 * {@link cn.huiyin.cases.deadlines.model.WorkingCalendar}) and only
 * {@link cn.huiyin.cases.deadlines.DeadlineProperties} and
 * {@link cn.huiyin.cases.deadlines.DeadlinesConfiguration} know about Spring. Watching stored cases for their
 * deadlines is supervision's ({@code cn.huiyin.cases.supervision.application.DeadlineWatch}): this package knows
 * nothing of cases, so that a case can hold a deadline.
 *
 * <h2>Configuration</h2>
 * With nothing configured a case gets 25 calendar days, an urgent case 5, and is due soon after 80 % of its time,
 * in Asia/Shanghai; no category is overridden and no holidays are known. An example for {@code application.yml}
 * (the override values are illustrations, not policy; holidays are the 2020 State Council calendar and must be
 * replaced every year):
 * <pre>{@code
 * huiyin:
 *   deadlines:
 *     default-days: 25            # 默认办理时限
 *     urgent-days: 5              # 紧急件
 *     category-days:              # the shortest override among a case's categories wins
 *       DRINKING_WATER: 15        # 饮水安全: people are without water
 *       MEDICAL_ASSISTANCE: 15    # 医疗救助
 *       HOUSING_SECURITY: 30      # 住房保障: on-site housing appraisal takes longer
 *     due-soon-fraction: 0.8      # 临期: 80 % of the time used
 *     zone: Asia/Shanghai
 *     working-days: true          # false (default) counts calendar days and ignores the two lists below
 *     holidays: [
 *       2020-01-01,                                                    # 元旦
 *       2020-01-24, 2020-01-25, 2020-01-26, 2020-01-27, 2020-01-28,    # 春节 (extended in 2020)
 *       2020-01-29, 2020-01-30, 2020-01-31, 2020-02-01, 2020-02-02,
 *       2020-04-04, 2020-04-05, 2020-04-06,                            # 清明
 *       2020-05-01, 2020-05-02, 2020-05-03, 2020-05-04, 2020-05-05,    # 劳动节
 *       2020-06-25, 2020-06-26, 2020-06-27,                            # 端午
 *       2020-10-01, 2020-10-02, 2020-10-03, 2020-10-04,                # 国庆 / 中秋
 *       2020-10-05, 2020-10-06, 2020-10-07, 2020-10-08 ]
 *     extra-workdays: [ 2020-01-19, 2020-04-26, 2020-05-09, 2020-06-28, 2020-09-27, 2020-10-10 ]  # 调休
 * }</pre>
 * The same values bound from YAML are checked by {@code DeadlinePropertiesTest}. Invalid settings (days below 1 or
 * above 366, a fraction outside (0, 1), a date that is both a holiday and an extra workday, an extra workday that
 * is not a weekend day) stop the service at start-up with a message naming the setting.
 *
 * <h2>Semantics</h2>
 * See {@link cn.huiyin.cases.deadlines.model.DeadlinePolicy}: N days end at the end of the N-th counted day after the
 * start day, local time, so {@code dueAt} is 00:00 of the day after; the case is overdue, and a report late, from
 * {@code dueAt} on.
 */
package cn.huiyin.cases.deadlines;
