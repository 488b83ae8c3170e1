import { css } from 'lit';

/** "Vos questions" and answers opened in place (questions.ts). */
export const questionsStyles = css`
  .questions .section-title {
    margin-block: 1em 0;
  }
  .section-button {
    inline-size: 100%;
    font-size: inherit;
    font-weight: 700;
  }
  .answers {
    display: grid;
  }
  .answer-question {
    inline-size: 100%;
    border-width: 0 0 1px;
    border-radius: 0;
    font-weight: 700;
  }
  .answer-body {
    padding: 0.25em 0 0.5em;
  }
  .answer-body .badge {
    display: inline-block;
    margin-block-start: 0.25em;
  }
`;
