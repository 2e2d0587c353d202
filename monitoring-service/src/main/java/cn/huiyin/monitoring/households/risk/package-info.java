/**
 * Risk assessment (风险评估): explainable rules from configuration, no black box.
 *
 * <p>{@link cn.huiyin.monitoring.households.risk.RiskAssessor#assess} reads a household's register facts and the signals of
 * the look-back window and returns a {@link cn.huiyin.monitoring.households.risk.RiskAssessment}: one
 * {@link cn.huiyin.monitoring.households.risk.Finding} per active {@link cn.huiyin.events.RiskFactor} with its points and its
 * evidence in words, the latest per-capita income against the monitoring line
 * ({@link cn.huiyin.monitoring.households.risk.IncomeAgainstLine}), a score (the sum, capped at 100), a level, every reason in
 * words and the version of the rules. The rules are plain Java ({@link cn.huiyin.monitoring.households.risk.RiskRules},
 * {@link cn.huiyin.monitoring.households.risk.MonitoringLine}); only {@link cn.huiyin.monitoring.households.risk.RiskProperties} and
 * {@link cn.huiyin.monitoring.households.risk.RiskConfiguration} know about Spring.
 *
 * <h2>What makes each factor</h2>
 * <ul>
 * <li>ILLNESS: a seriously ill member (30), a chronically ill member (10), medical expenditure of 10,000 yuan or more
 * than 30 % of household net income (25), or an illness signal such as a 医保 warning (25); the strongest counts.</li>
 * <li>SCHOOLING: a member still in school and schooling expenditure of at least 5,000 yuan, or a signal.</li>
 * <li>DISABILITY: a disabled member, or a signal (残联).</li>
 * <li>DISASTER, ACCIDENT: signals only (应急管理, 民政, calls, self-reports).</li>
 * <li>INCOME_DROP: per-capita income at least 30 % below the previous recorded year's, or a signal (人社).</li>
 * <li>UNSAFE_HOUSING, NO_SAFE_WATER: the register's flag, or a signal such as a call about housing.</li>
 * <li>HIGH_RIGID_EXPENDITURE: medical plus schooling expenditure above 50 % of household net income (latest
 * per-capita income × members), or a signal.</li>
 * <li>Income under the monitoring line of its year and province: 40 points and a reason, but not a factor.</li>
 * </ul>
 * Household net income is the latest per-capita income times the number of members.
 *
 * <h2>Configuration</h2>
 * Every setting is optional; what is left out keeps its default (the values below). Points and thresholds are a
 * starting point for a province to tune, not policy. Monitoring lines are merged year by year and province by
 * province over the built-in national lines (2021: 6,000; 2022: 6,600; 2023: 7,000; 2024: 7,300; 2025: 7,500 yuan),
 * which are examples to be checked against each year's notice; a year without a line uses the nearest earlier one.
 * The national line's key is {@code national} (Spring drops a bare {@code "*"} key; {@code "[*]"} also works).
 * <pre>{@code
 * huiyin:
 *   risk:
 *     version: guizhou-2024-1          # shown with every assessment
 *     points:                          # 各风险因素分值, 0..100
 *       ILLNESS: 25                    # 因病 from expenditure or a signal; diagnoses below
 *       SCHOOLING: 15                  # 因学
 *       DISABILITY: 15                 # 因残
 *       DISASTER: 25                   # 因灾
 *       ACCIDENT: 20                   # 因意外事故
 *       INCOME_DROP: 25                # 收入骤减
 *       UNSAFE_HOUSING: 20             # 住房不安全
 *       NO_SAFE_WATER: 15              # 饮水不安全
 *       HIGH_RIGID_EXPENDITURE: 20     # 刚性支出过大
 *     serious-illness-points: 30       # 重大疾病
 *     chronic-illness-points: 10       # 慢性病
 *     income-below-line-points: 40     # 人均纯收入低于监测线
 *     medical-expenditure-yuan: 10000  # 年医疗支出阈值 ...
 *     medical-share-of-income: 0.3     # ... or more than this share of household net income
 *     schooling-expenditure-yuan: 5000 # 年教育支出阈值 (with a member in school)
 *     income-drop-share: 0.3           # 人均纯收入比上年下降 30 % or more
 *     rigid-share-of-income: 0.5       # 刚性支出超过家庭纯收入的 50 %
 *     look-back-days: 365              # signals older than this are no longer evidence
 *     levels: { low: 15, medium: 35, high: 60 }
 *     monitoring-lines:                # 监测线, yuan per person and year
 *       2024: { national: 7300, "52": 7600 }   # "52": an illustration of a province's own higher line
 *   clearing:
 *     stable-months: 6                 # see cn.huiyin.monitoring.clearing
 *     visit-max-age-months: 3
 * }</pre>
 * The example is bound by {@code RiskConfigurationTest}. Invalid settings (points outside 0..100, shares outside
 * (0, 1], levels that do not rise, a line that is not positive) stop the service at start-up with a message naming
 * the setting.
 */
package cn.huiyin.monitoring.households.risk;
