/**
 * A typed client for the ORTEC Relevance User API: account actions sent to {@code POST /accounts}
 * in batches, with one result per action.
 *
 * <p>Start with {@link io.peoplesync.ortec.OrtecClient#builder()}.
 */
@PeoplesyncStyle
package io.peoplesync.ortec;

import io.peoplesync.core.PeoplesyncStyle;
