import { defineMessages } from '../../i18n';

export const accessibilityMessages = defineMessages({
  en: {
    title: 'Accessibility — CareerFit',
    heading: 'Accessibility',
    intro:
      'Every student should be able to take CareerFit, whatever device, language or assistive technology they use. We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.',
    whatHeading: 'What works',
    what1:
      'Every page works with a keyboard alone: Tab to move, Enter or Space to choose, and number keys 1–5 to answer a question.',
    what2:
      'Focus is always visible. When a new question appears, focus moves to it and the progress is announced.',
    what3:
      'Text and controls have a contrast of at least 4.5 to 1, in both the light and the dark colour scheme.',
    what4: 'Pages fit a 320-pixel-wide screen and 400% zoom without sideways scrolling.',
    what5: 'Answer buttons are at least 44 pixels tall; every other control at least 24 pixels.',
    what6: 'Charts have a table or a list with the same information.',
    what7: 'Animations stop when your device asks for reduced motion.',
    what8:
      'Everything is in English and Spanish, and the page tells screen readers which language it is in.',
    testHeading: 'How we test',
    test1:
      'Automatic checks (axe-core) on every page in English and Spanish, in light and dark mode, run before every release. They must find no problems at all.',
    test2:
      'Browser tests that finish the quiz with the keyboard only, on a phone-sized and a laptop-sized screen, and check that pages reflow at 320 pixels.',
    test3: 'Checks of the colour pairs in our design tokens against the 4.5 to 1 contrast ratio.',
    limitsHeading: 'Known limits',
    limit1:
      'We have not yet tested with every screen reader on every device. Automatic checks do not find every problem.',
    limit2:
      'The QR code on the printed report is a picture; the same link is printed as text beside it.',
    limit3: 'Career facts quote the article they come from in English.',
    reportHeading: 'Tell us about a problem',
    report1:
      'CareerFit runs on your school’s website and sends nothing over the internet, so there is no form here. Please tell your counselor, teacher or your school’s website team; they can pass it on to the people who make CareerFit.',
    report2:
      'It helps to say which page you were on, what device and browser you used, any assistive technology (like a screen reader or zoom), and what happened.',
    reviewed: 'Last reviewed: November 26, 2026.',
  },
  es: {
    title: 'Accesibilidad — CareerFit',
    heading: 'Accesibilidad',
    intro:
      'Cada estudiante debería poder usar CareerFit, sin importar su dispositivo, su idioma o la tecnología de apoyo que use. Buscamos cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA.',
    whatHeading: 'Qué funciona',
    what1:
      'Todas las páginas se pueden usar solo con el teclado: Tab para moverte, Enter o Espacio para elegir, y las teclas del 1 al 5 para responder una pregunta.',
    what2:
      'Siempre se ve dónde está el foco. Cuando aparece una pregunta nueva, el foco pasa a ella y se anuncia tu avance.',
    what3:
      'El texto y los controles tienen un contraste de al menos 4.5 a 1, en el modo claro y en el oscuro.',
    what4:
      'Las páginas caben en una pantalla de 320 píxeles de ancho y con zoom al 400 % sin tener que desplazarte de lado.',
    what5:
      'Los botones de respuesta miden al menos 44 píxeles de alto; los demás controles, al menos 24.',
    what6: 'Las gráficas tienen una tabla o una lista con la misma información.',
    what7: 'Las animaciones se detienen cuando tu dispositivo pide reducir el movimiento.',
    what8:
      'Todo está en inglés y en español, y la página les dice a los lectores de pantalla en qué idioma está.',
    testHeading: 'Cómo lo probamos',
    test1:
      'Revisiones automáticas (axe-core) de todas las páginas en inglés y en español, en modo claro y oscuro, antes de cada versión. No deben encontrar ningún problema.',
    test2:
      'Pruebas en el navegador que completan el cuestionario solo con el teclado, en pantallas del tamaño de un teléfono y de una laptop, y que revisan que las páginas se acomoden a 320 píxeles.',
    test3: 'Revisiones de los pares de colores de nuestro diseño contra el contraste de 4.5 a 1.',
    limitsHeading: 'Límites que conocemos',
    limit1:
      'Todavía no hemos probado con todos los lectores de pantalla en todos los dispositivos. Las revisiones automáticas no encuentran todos los problemas.',
    limit2:
      'El código QR del informe impreso es una imagen; el mismo enlace aparece impreso como texto a su lado.',
    limit3: 'Los datos de las carreras citan en inglés el artículo del que vienen.',
    reportHeading: 'Avísanos de un problema',
    report1:
      'CareerFit funciona en el sitio web de tu escuela y no envía nada por internet, así que aquí no hay un formulario. Díselo a tu consejero o consejera escolar, a tu docente o al equipo del sitio web de tu escuela: así se puede avisar a quienes hacen CareerFit.',
    report2:
      'Ayuda mucho decir en qué página estabas, qué dispositivo y navegador usabas, si usabas alguna tecnología de apoyo (como un lector de pantalla o el zoom) y qué pasó.',
    reviewed: 'Última revisión: 26 de noviembre de 2026.',
  },
});
