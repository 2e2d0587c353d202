/**
 * The refusals application services and aggregates throw ({@link cn.huiyin.chassis.errors.NotFound},
 * {@link cn.huiyin.chassis.errors.Conflict}, {@link cn.huiyin.chassis.errors.RuleViolation},
 * {@link cn.huiyin.chassis.errors.InvalidInput}, {@link cn.huiyin.chassis.errors.NotPermitted},
 * {@link cn.huiyin.chassis.errors.Unavailable}), free of HTTP and Spring; the chassis's web layer maps each to its
 * {@code application/problem+json} answer.
 */
package cn.huiyin.chassis.errors;
