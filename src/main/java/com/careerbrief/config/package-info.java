/**
 * The run's configuration in one place: {@code CareerBriefProperties}, bound from {@code careerbrief.*},
 * with its nested sections (reconcile tolerances, remote partitioning). The portal's own settings are
 * {@code careerbrief.portal.*} in {@code web}.
 */
package com.careerbrief.config;
