/** Registers <ml-preinscription> once (a page may load the script twice). */
import { MlPreinscription } from "./ml-preinscription";

export const TAG_NAME = "ml-preinscription";

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, MlPreinscription);

export { MlPreinscription };

declare global {
  interface HTMLElementTagNameMap {
    "ml-preinscription": MlPreinscription;
  }
}
