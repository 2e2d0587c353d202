/**
 * Data quality (四个一致): {@link cn.huiyin.monitoring.quality.DataQualityChecks} flags a household whose records
 * disagree, each flag a {@link cn.huiyin.monitoring.quality.QualityIssue} with its rule and reason:
 * <ul>
 * <li>{@code INCOME_COPIED}: the latest year's income items (wages, production, transfers, property) are identical
 * to those of the previous recorded year;</li>
 * <li>{@code INCOME_CONTRADICTS_WARNING}: a human-resources (人社) job-loss warning in a year whose wages did not
 * fall from the year before, or an emergency-management (应急管理) disaster warning in a year whose production
 * income rose;</li>
 * <li>{@code STATUS_CONTRADICTS_ASSESSMENT}: a monitored household assessed at no risk (should it be cleared?), or
 * a normal, alleviated or cleared household assessed at high risk (should it be monitored?).</li>
 * </ul>
 * The checks are plain Java and have no settings.
 */
package cn.huiyin.monitoring.quality;
