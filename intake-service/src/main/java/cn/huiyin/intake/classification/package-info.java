/**
 * Rule-based classification of a call's free text into {@link cn.huiyin.events.Category categories}, used when
 * the intake system posts a call without any. The classifier and its rules are plain Java ({@code model}); the
 * rules live in a versioned file ({@code classification/rules-v1.json}, read by {@code infrastructure}) so that case
 * officers can tune the vocabulary without a code change.
 */
package cn.huiyin.intake.classification;
